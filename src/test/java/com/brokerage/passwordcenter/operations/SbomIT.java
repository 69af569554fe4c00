package com.brokerage.passwordcenter.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar ships its CycloneDX SBOM (runtime dependencies, no test ones). */
class SbomIT {

	static final String SBOM = "BOOT-INF/classes/META-INF/sbom/application.cdx.json";

	@Test
	@DisplayName("the jar holds META-INF/sbom/application.cdx.json listing what it runs and nothing only tests use")
	void jarShipsTheSbom() throws Exception {
		try (ZipFile jar = new ZipFile(Path.of(System.getProperty("app.jar")).toFile())) {
			ZipEntry entry = jar.getEntry(SBOM);
			assertThat(entry).as(SBOM).isNotNull();
			String bom = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			assertThat((String) JsonPath.read(bom, "$.bomFormat")).isEqualTo("CycloneDX");
			List<String> names = JsonPath.read(bom, "$.components[*].name");
			assertThat(names).contains("camunda-engine", "spring-security-crypto", "postgresql", "bcprov-jdk18on")
				.doesNotContain("selenium-java", "wiremock-standalone", "camunda-bpm-assert", "camunda-bpm-junit5");
			// every library in the jar is in the SBOM
			List<String> libraries = jar.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.toList();
			List<String> purls = JsonPath.read(bom, "$.components[*].purl");
			for (String library : libraries) {
				String artifact = library.replaceAll("-[0-9][^-]*(-[A-Za-z0-9.]+)*\\.jar$", "");
				assertThat(purls).as(library).anyMatch((purl) -> purl.contains("/" + artifact + "@"));
			}
		}
	}

}
