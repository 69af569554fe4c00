package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.demo.DemoProfile;

/**
 * Where the benchmarked app keeps its data: the demo's H2 file in the app's working
 * directory ({@code -Dbench.database=h2}, the default), or PostgreSQL
 * ({@code -Dbench.database=postgres}) made ready by {@code .ci/postgres} — the script CI
 * uses, which installs and starts Debian's server if needed — in a database of the
 * bench's own ({@code pc_bench}, or {@code -Dbench.database-name}), dropped and made
 * again before every first start.
 */
final class BenchDatabase {

	/**
	 * The bench's own PostgreSQL database, never the tests' one
	 * ({@code -Dbench.database-name}, default {@code pc_bench}).
	 */
	private static String databaseName() {
		return System.getProperty("bench.database-name", "pc_bench");
	}

	private final boolean postgres;

	private final Map<String, String> environment;

	private BenchDatabase(boolean postgres, Map<String, String> environment) {
		this.postgres = postgres;
		this.environment = environment;
	}

	static BenchDatabase h2() {
		return new BenchDatabase(false, Map.of());
	}

	/** {@code bench.database}: {@code h2} (default) or {@code postgres}. */
	static BenchDatabase fromSystemProperties() throws IOException, InterruptedException {
		String database = System.getProperty("bench.database", "h2");
		return switch (database) {
			case "h2" -> h2();
			case "postgres" -> new BenchDatabase(true, prepare(false));
			default -> throw new IllegalArgumentException("bench.database is h2 or postgres, not " + database);
		};
	}

	boolean postgres() {
		return this.postgres;
	}

	/** How results.md names it. */
	String label() {
		return this.postgres ? "PostgreSQL (" + serverVersion() + ", Debian's defaults, database on this machine)"
				: "H2 file database";
	}

	/** The profiles the app runs with: the demo's sinks and PKI, and the database. */
	String profiles() {
		return this.postgres ? DemoProfile.NAME + ",postgres" : DemoProfile.NAME;
	}

	/**
	 * What the app's process needs in its environment (the postgres profile reads it).
	 */
	Map<String, String> environment() {
		return this.environment;
	}

	/**
	 * Before a first start: an empty database (H2 starts empty in a new directory
	 * anyway).
	 */
	void fresh() throws IOException, InterruptedException {
		if (this.postgres) {
			prepare(true);
		}
	}

	/**
	 * A connection for seeding, while the app is stopped (H2 is a file only one opens).
	 */
	Connection connect(Path appDirectory) throws SQLException {
		if (this.postgres) {
			return DriverManager.getConnection(this.environment.get("PASSWORD_CENTER_DB_URL"),
					this.environment.get("PASSWORD_CENTER_DB_USER"),
					this.environment.get("PASSWORD_CENTER_DB_PASSWORD"));
		}
		return DriverManager
			.getConnection("jdbc:h2:file:" + appDirectory.resolve("data/password-center").toAbsolutePath(), "sa", "");
	}

	/**
	 * CPU seconds the database server has used so far: PostgreSQL's processes (on this
	 * machine); H2 runs inside the app, so its CPU is the app's.
	 */
	double serverCpuSeconds() throws IOException {
		return this.postgres ? ProcCpu.secondsOfAll("postgres") : 0;
	}

	private String serverVersion() {
		try (Connection db = connect(null)) {
			return "PostgreSQL " + db.getMetaData().getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			return "PostgreSQL";
		}
	}

	/** Runs .ci/postgres for the bench's database and reads the environment it prints. */
	private static Map<String, String> prepare(boolean recreate) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of(".ci", "postgres").toString()))
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("PASSWORD_CENTER_DB_NAME", databaseName());
		builder.environment().put("PASSWORD_CENTER_DB_RECREATE", String.valueOf(recreate));
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(".ci/postgres failed: " + out);
		}
		Map<String, String> environment = new HashMap<>();
		for (String line : out.split("\n")) {
			if (line.startsWith("export ")) {
				String assignment = line.substring("export ".length());
				int equals = assignment.indexOf('=');
				environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
			}
		}
		return Map.copyOf(environment);
	}

}
