package com.brokerage.passwordcenter.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analytics queries over a history of at least a million activity rows
 * ({@code -Dbench.analytics.rows}, default 1,000,000), made by {@link HistorySeeder}:
 * each query's time over the raw history alone (three runs after a warm-up), then the
 * {@link HistoryRollup roll-up} of every ended instance (timed), then each query again
 * (five runs after a warm-up), median and max. H2 (a file under target/bench) by default;
 * PostgreSQL with {@code -Dbench.analytics.db-url=jdbc:postgresql://…} (and
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

	@Autowired
	HistoryRollup rollup;

	@Autowired
	PlatformTransactionManager transactions;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> System.getProperty("bench.analytics.db-user", "sa"));
		registry.add("spring.datasource.password", () -> System.getProperty("bench.analytics.db-password", ""));
		// the benchmark runs the roll-up itself, timed
		registry.add("password-center.analytics.rollup-enabled", () -> "false");
	}

	@Test
	void analyticsOverAMillionRows() throws IOException {
		String loadBefore = load();
		long wanted = Long.getLong("bench.analytics.rows", 1_000_000);
		long existing = this.jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class);
		long seeded = 0;
		long seedMillis = 0;
		if (existing < wanted) {
			long begin = System.nanoTime();
			seeded = new HistorySeeder(this.jdbc, this.transactions, definition("reissue-without-certificate"),
					definition("passcode"))
				.seed(wanted - existing, 30, this.clock.instant());
			seedMillis = (System.nanoTime() - begin) / 1_000_000;
		}
		long rows = this.jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class);
		long instances = this.jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
		queries.put("funnel, 30 days",
				() -> this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(29), today));
		queries.put("funnel, 1 day", () -> this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, today, today));
		queries.put("step times, 30 days",
				() -> this.analytics.stepTimes(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(29), today));
		queries.put("stuck now (30 min)", () -> this.analytics.stuck(Duration.ofMinutes(30)));

		unrollAll();
		Map<String, long[]> raw = new LinkedHashMap<>();
		queries.forEach((name, query) -> raw.put(name, time(query, 3)));
		long begin = System.nanoTime();
		long folded = 0;
		for (int run = this.rollup.run(); run > 0; run = this.rollup.run()) {
			folded += run;
		}
		long rollupMillis = (System.nanoTime() - begin) / 1_000_000;
		long unfolded = instances - folded;
		StringBuilder table = new StringBuilder();
		queries.forEach((name, query) -> {
			long[] after = time(query, 5);
			long[] before = raw.get(name);
			table.append("| ")
				.append(name)
				.append(" | ")
				.append(cells(before))
				.append(" | ")
				.append(cells(after))
				.append(" | ")
				.append(summary(query.get()))
				.append(" |\n");
		});
		boolean postgres = URL.startsWith("jdbc:postgresql");
		StringBuilder report = new StringBuilder();
		report.append("\n### ")
			.append(postgres ? "PostgreSQL" : "H2 (file)")
			.append(": ")
			.append(rows)
			.append(" activity rows, ")
			.append(instances)
			.append(" instances")
			.append((seeded > 0) ? " (" + seeded + " seeded in " + seedMillis / 1000.0 + " s)" : "")
			.append(postgres ? "" : ", file " + h2FileMegabytes() + " MB")
			.append("\n\nRoll-up of ")
			.append(folded)
			.append(" ended instances took ")
			.append(rollupMillis / 1000.0)
			.append(" s (")
			.append(unfolded)
			.append(" left to the raw part: running, or ended after now − rollup-lag). Load average before ")
			.append(loadBefore)
			.append(", after ")
			.append(load())
			.append(".\n\n| query | raw only, median ms | max ms | with the roll-up, median ms | max ms | result |\n")
			.append("|---|---|---|---|---|---|\n")
			.append(table);
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

	/**
	 * The roll-up as on a database that never ran it, so "raw only" reads raw history.
	 */
	private void unrollAll() {
		this.jdbc.update("delete from analytics_rollup_outcome");
		this.jdbc.update("delete from analytics_rollup_step");
		this.jdbc.update("delete from analytics_rollup_duration");
		this.jdbc.update("update analytics_rollup_mark set ended_at = timestamp '1970-01-01 00:00:00',"
				+ " instance_id = '', instances = 0, revision = revision + 1 where id = 1");
	}

	private static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static long h2FileMegabytes() {
		try {
			String file = URL.substring("jdbc:h2:file:".length()).split(";")[0];
			return Files.size(Path.of(file + ".mv.db")) / (1024 * 1024);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private String definition(String key) {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getId();
	}

	/**
	 * Median and max ms of {@code runs} runs after a warm-up; {@code null} if the query
	 * was cancelled by the statement timeout
	 * ({@code password-center.database.statement-timeout}).
	 */
	private static long[] time(Supplier<Object> query, int runs) {
		try {
			query.get();
			List<Long> millis = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				long begin = System.nanoTime();
				query.get();
				millis.add((System.nanoTime() - begin) / 1_000_000);
			}
			Collections.sort(millis);
			return new long[] { millis.get(runs / 2), millis.get(runs - 1) };
		}
		catch (QueryTimeoutException ex) {
			return null;
		}
	}

	private static String cells(long[] times) {
		return (times != null) ? times[0] + " | " + times[1] : "cancelled at the statement timeout (10 s) | –";
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
