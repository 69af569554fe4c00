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

	static final String SBOM = "META-INF/sbom/application.cdx.json";

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
			// every library in the jar is in the SBOM (Spring Boot names a clashing
			// artifact group-artifact-version;
			// a classifier follows the version;
			// its jarmode tools are the plugin's, not a dependency)
			List<String> groups = JsonPath.read(bom, "$.components[*].group");
			List<String> versions = JsonPath.read(bom, "$.components[*].version");
			java.util.Set<String> expected = new java.util.HashSet<>();
			for (int i = 0; i < names.size(); i++) {
				expected.add(names.get(i) + "-" + versions.get(i));
				expected.add(groups.get(i) + "-" + names.get(i) + "-" + versions.get(i));
			}
			List<String> unlisted = jar.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.filter((library) -> !library.startsWith("spring-boot-jarmode-tools-"))
				.filter((library) -> expected.stream()
					.noneMatch((stem) -> library.equals(stem + ".jar") || library.startsWith(stem + "-")))
				.toList();
			assertThat(unlisted).isEmpty();
		}
	}

}
