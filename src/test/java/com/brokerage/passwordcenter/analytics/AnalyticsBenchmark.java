package com.brokerage.passwordcenter.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analytics queries over a history of at least a million activity rows
 * ({@code -Dbench.analytics.rows}, default 1,000,000), made by {@link HistorySeeder}:
 * each query's time, five runs after one warm-up, median and max. H2 (a file under
 * target/bench) by default; PostgreSQL with
 * {@code -Dbench.analytics.db-url=jdbc:postgresql://…} (and
 * {@code -Dbench.analytics.db-user / -password}) on an empty database. Appends its rows
 * to {@code docs/benchmarks/analytics.md}. Measures, never asserts a time. Only with
 * {@code -Dbench.analytics=true} (it is long; docs/benchmarks/README.md).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "bench.analytics", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
class AnalyticsBenchmark {

	private static final String URL = System.getProperty("bench.analytics.db-url",
			"jdbc:h2:file:./target/bench/analytics-h2/pc;LOCK_TIMEOUT=10000");

	@Autowired
	JourneyAnalytics analytics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	Clock clock;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> System.getProperty("bench.analytics.db-user", "sa"));
		registry.add("spring.datasource.password", () -> System.getProperty("bench.analytics.db-password", ""));
	}

	@Test
	void analyticsOverAMillionRows() throws IOException {
		long wanted = Long.getLong("bench.analytics.rows", 1_000_000);
		long existing = this.jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class);
		long seeded = 0;
		long seedMillis = 0;
		if (existing < wanted) {
			long begin = System.nanoTime();
			seeded = new HistorySeeder(this.jdbc, definition("reissue-without-certificate"), definition("passcode"))
				.seed(wanted - existing, 30, this.clock.instant());
			seedMillis = (System.nanoTime() - begin) / 1_000_000;
		}
		long rows = this.jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class);
		long instances = this.jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
		LocalDate today = LocalDate.now(this.clock);
		List<String> lines = new ArrayList<>();
		lines.add(row("funnel, 30 days",
				() -> this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(29), today)));
		lines.add(row("funnel, 1 day", () -> this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, today, today)));
		lines.add(row("step times, 30 days",
				() -> this.analytics.stepTimes(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(29), today)));
		lines.add(row("stuck now (30 min)", () -> this.analytics.stuck(Duration.ofMinutes(30))));
		String database = URL.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2 (file)";
		StringBuilder report = new StringBuilder();
		report.append("\n### ")
			.append(database)
			.append(": ")
			.append(rows)
			.append(" activity rows, ")
			.append(instances)
			.append(" instances")
			.append((seeded > 0) ? " (" + seeded + " seeded in " + seedMillis / 1000.0 + " s)" : "")
			.append("\n\n| query | median ms | max ms | result |\n|---|---|---|---|\n");
		lines.forEach((line) -> report.append(line).append('\n'));
		Path out = Path.of(System.getProperty("bench.output", "docs/benchmarks"), "analytics.md");
		Files.createDirectories(out.getParent());
		if (!Files.exists(out)) {
			Files.writeString(out,
					"# Journey analytics over a large history\n\nWritten by `analytics/AnalyticsBenchmark`"
							+ " (docs/benchmarks/README.md, \"Journey analytics\").\n");
		}
		Files.writeString(out, report.toString(), java.nio.file.StandardOpenOption.APPEND);
		System.out.println(report);
	}

	private String definition(String key) {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getId();
	}

	private static String row(String name, Supplier<Object> query) {
		Object result = query.get();
		List<Long> millis = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			long begin = System.nanoTime();
			result = query.get();
			millis.add((System.nanoTime() - begin) / 1_000_000);
		}
		Collections.sort(millis);
		return "| " + name + " | " + millis.get(2) + " | " + millis.get(4) + " | " + summary(result) + " |";
	}

	private static String summary(Object result) {
		if (result instanceof Funnel funnel) {
			return funnel.started() + " started, " + funnel.steps().size() + " steps, " + funnel.outcomes().size()
					+ " outcomes";
		}
		if (result instanceof List<?> list) {
			return list.size() + " rows";
		}
		return String.valueOf(result);
	}

}
