package com.brokerage.passwordcenter.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.TaiwanIds;
import com.brokerage.passwordcenter.support.MasterFiles;

/**
 * The customer import at scale (docs/operations.md "Importing customers"): a generated
 * master of {@code bench.import-customers} (100,000) unified customers with two accounts
 * and a legacy bcrypt hash each, imported by the packaged jar's {@code import} command
 * into a fresh H2 file database, then the same file again (nothing changes). Off with
 * {@code -Dbench.import=false}; alone with {@code -Dbench.import-only=true}
 * ({@link ImportOnlyBenchmark}).
 */
final class ImportBenchmark {

	/** bcrypt (cost 8) of "Legacy123": the import only stores it, never hashes. */
	private static final String LEGACY_HASH = "{bcrypt}$2a$08$7HDWf2.1/nzNNoiU2wZb9eErZMK868A2.LkxQfQeWvaEkmUiPBaGm";

	private static final Pattern DONE = Pattern.compile("import of \\S+ done in (\\d+) s");

	private ImportBenchmark() {
	}

	static boolean enabled() {
		return Boolean.parseBoolean(System.getProperty("bench.import", "true"));
	}

	static int customers() {
		return Integer.getInteger("bench.import-customers", 100_000);
	}

	static void run(AppLaunch launch, Path directory, Report report) throws Exception {
		// a fresh database: a stopped earlier run's customers would count as "unchanged"
		deleteRecursively(directory.resolve("data"));
		Files.createDirectories(directory);
		int customers = customers();
		Path csv = directory.resolve("customers.csv");
		write(csv, customers);
		Result first = importFile(launch, directory, csv, "first.log");
		Result second = importFile(launch, directory, csv, "second.log");
		report.customerImport(customers, 2 * customers, first.wallSeconds(), first.importSeconds(),
				second.wallSeconds(), second.importSeconds(), first.summary(), second.summary());
	}

	private static Result importFile(AppLaunch launch, Path directory, Path csv, String log) throws Exception {
		List<String> command = new ArrayList<>(launch.command());
		command.addAll(List.of("import", "--file=" + csv, "--operator=benchmark",
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("data/import")
						+ ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.mail.port=0", "--logging.level.com.brokerage.passwordcenter.master=info"));
		Instant start = Instant.now();
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve(log).toFile())
			.start();
		if (!process.waitFor(60, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("import did not finish in an hour; see " + log);
		}
		double wall = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		String output = Files.readString(directory.resolve(log));
		Matcher done = DONE.matcher(output);
		if (process.exitValue() != 0 || !done.find()) {
			throw new IllegalStateException("import failed (exit " + process.exitValue() + "); see " + log);
		}
		String summary = output.lines().filter((line) -> line.startsWith("import of ")).reduce((a, b) -> b).orElse("");
		return new Result(wall, Double.parseDouble(done.group(1)), summary);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var paths = Files.walk(path)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	/** Unified customers with a securities and a futures account, valid IDs in order. */
	static void write(Path csv, int customers) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("\uFEFF" + MasterFiles.HEADER + "\r\n");
			int written = 0;
			for (int serial = 0; written < customers; serial++) {
				String id = nationalId(serial);
				if (id == null) {
					continue;
				}
				String number = String.format("%09d", written);
				out.write(id + ",19800101,客戶" + written + ",Y,0912345678,c" + written + "@example.com,"
						+ MasterFiles.account("SECURITIES", "9A01", "S" + number, LEGACY_HASH) + ";"
						+ MasterFiles.account("FUTURES", "9A01", "F" + number, LEGACY_HASH) + "\r\n");
				written++;
			}
		}
	}

	/** A120000000 onwards: the check digit that makes it valid. */
	private static String nationalId(int serial) {
		String base = "A1" + String.format("%07d", serial);
		for (int check = 0; check < 10; check++) {
			if (TaiwanIds.isValidNationalId(base + check)) {
				return base + check;
			}
		}
		return null;
	}

	private record Result(double wallSeconds, double importSeconds, String summary) {
	}

}
