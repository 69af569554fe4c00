package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL phases of {@code bench/run} ({@code -Dbench.database=postgres
 * -Dbench.nodes=2}) with tiny sizes: two nodes on the bench's own database, made ready by
 * {@code .ci/postgres}. Only with {@code -Ppostgres-it}.
 */
@Tag("postgres")
class BenchmarkOnPostgresSmokeIT extends BenchmarkSmokeIT {

	@Test
	@Override
	@DisplayName("bench/run smoke on PostgreSQL, two nodes: logins, journeys, waiting timers, idle lateness")
	void everyPhaseRunsToItsEnd() throws Exception {
		Path output = Path.of("target", "bench-smoke-postgres").toAbsolutePath();
		tiny(output);
		set("bench.database", "postgres");
		// not the database of a benchmark that may be running beside the build
		set("bench.database-name", "pc_bench_smoke");
		set("bench.nodes", "2");
		set("bench.login-shapes", "false");
		new PasswordCenterBenchmark().benchmark();
		String results = Files.readString(output.resolve("results.md"));
		assertThat(results).contains("**Database**: PostgreSQL", "**2 nodes**", "## Logins", "## Reissue journeys",
				"reissue applications waiting on their link timer", "## Idle timer lateness");
		assertThat(results).doesNotContain("not within the wait");
	}

}
