package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The customer import alone, quicker than the whole benchmark:
 * {@code bench/run -Dbench.import-only=true} (or the failsafe call in
 * docs/benchmarks/README.md); writes {@code import-results.md}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "bench.import-only", matches = "true")
class ImportOnlyBenchmark {

	@Test
	@DisplayName("benchmark: 100,000 customers imported by the import command, then the same file again")
	void customerImport() throws Exception {
		Path work = Path.of("target", "bench-import").toAbsolutePath();
		Report report = new Report();
		ImportBenchmark.run(AppLaunch.plain(AppLaunch.packagedJar(Path.of("target").toAbsolutePath())), work, report);
		Path output = Settings.fromSystemProperties().output();
		Files.createDirectories(output);
		Files.writeString(output.resolve("import-results.md"), report.customerImportSection());
	}

}
