package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the measurements and writes them as {@code results.md} (tables, ratios to the
 * hash floor, the targets of issue #10) and raw CSV files beside it.
 */
final class Report {

	private final Map<Integer, Double> floor = new TreeMap<>();

	private final List<String[]> startUps = new ArrayList<>();

	private final List<double[]> logins = new ArrayList<>();

	private final List<double[]> journeys = new ArrayList<>();

	private final Map<String, double[]> loginShapes = new java.util.LinkedHashMap<>();

	private TimerRun timers;

	private Latencies idleLateness;

	private String customerImport;

	private String database = "H2 file database";

	private int nodes = 1;

	void database(String label, int nodes) {
		this.database = label;
		this.nodes = nodes;
	}

	void floor(int threads, double checksPerSecond) {
		this.floor.put(threads, checksPerSecond);
	}

	void startUp(String launch, String start, double seconds, double rssMib, double heapMib) {
		this.startUps.add(new String[] { launch, start, f(seconds, 2), f(rssMib, 0), f(heapMib, 0) });
	}

	void logins(int clients, int count, double seconds, Latencies latencies, double hashesPerLogin) {
		this.logins.add(new double[] { clients, count, count / seconds, latencies.percentileMs(50),
				latencies.percentileMs(95), latencies.percentileMs(99), hashesPerLogin });
	}

	void loginShape(String shape, Latencies latencies, double hashesPerAttempt) {
		this.loginShapes.put(shape, new double[] { latencies.count(), latencies.percentileMs(50),
				latencies.percentileMs(95), hashesPerAttempt });
	}

	void journeys(int clients, int count, double seconds, Latencies latencies, double hashesPerJourney) {
		this.journeys.add(new double[] { clients, count, count / seconds, latencies.percentileMs(50),
				latencies.percentileMs(95), latencies.percentileMs(99), hashesPerJourney });
	}

	void idleLateness(Latencies lateness) {
		this.idleLateness = lateness;
	}

	void customerImport(int customers, int accounts, double firstWall, double firstImport, double secondWall,
			double secondImport, String firstSummary, String secondSummary) {
		this.customerImport = "\n## Customer import (`java -jar … import`, 500 customers per transaction, `password-center.import.chunk-size`)\n\n"
				+ "A generated CSV of %d unified customers with %d accounts (a legacy `{bcrypt}` hash each, stored as it is), "
					.formatted(customers, accounts)
				+ "imported by the packaged jar's import command into a fresh H2 file database, then the same file "
				+ "again. Import: the command's own time from its first row to its report; run: the whole process "
				+ "(JVM and context start included).\n\n"
				+ "| run | import (s) | customers/s | whole run (s) | report |\n|---|---:|---:|---:|---|\n"
				+ "| first | %s | %s | %s | %s |\n".formatted(f(firstImport, 0),
						f(customers / Math.max(1, firstImport), 0), f(firstWall, 1), firstSummary)
				+ "| again (nothing changes) | %s | %s | %s | %s |\n".formatted(f(secondImport, 0),
						f(customers / Math.max(1, secondImport), 0), f(secondWall, 1), secondSummary);
	}

	String customerImportSection() {
		return "# Customer import benchmark (generated)\n\n**Machine**: " + Machine.describe() + "\n"
				+ this.customerImport;
	}

	TimerRun timerRun(int applications, Duration validity) {
		this.timers = new TimerRun(applications, validity);
		return this.timers;
	}

	/**
	 * Issue 16: the median of every shape against the unknown ID's; within about 5 % the
	 * time tells nothing.
	 */
	private void writeLoginShapes(StringBuilder md, Path directory) throws IOException {
		double unknown = this.loginShapes.values().iterator().next()[1];
		md.append("\n## Login timing by customer shape (wrong password, one client, shapes interleaved)\n\n")
			.append("Does the time of a refused login tell whether the ID exists or how many accounts it has? ")
			.append("Each attempt costs one slow hash whatever the shape (docs/decisions.md#hashing); the hashes ")
			.append("per attempt are the app's own counter, read around each attempt.\n\n")
			.append("| shape | attempts | p50 ms | p95 ms | p50 vs unknown ID | hashes per attempt |\n")
			.append("|---|---:|---:|---:|---:|---:|\n");
		StringBuilder csv = new StringBuilder("shape,attempts,p50_ms,p95_ms,p50_vs_unknown,hashes_per_attempt\n");
		this.loginShapes.forEach((shape, row) -> {
			double versus = row[1] / unknown - 1;
			md.append("| %s | %d | %s | %s | %s | %s |\n".formatted(shape, (int) row[0], f(row[1], 1), f(row[2], 1),
					String.format(Locale.ROOT, "%+.1f %%", versus * 100), f(row[3], 2)));
			csv.append("\"%s\",%d,%s,%s,%s,%s\n".formatted(shape, (int) row[0], f(row[1], 2), f(row[2], 2),
					f(versus, 4), f(row[3], 3)));
		});
		Files.writeString(directory.resolve("login-shapes.csv"), csv.toString());
	}

	private double floorAllCores() {
		return this.floor.get(this.floor.keySet().stream().max(Integer::compare).orElseThrow());
	}

	/**
	 * The floor a number of clients can reach: one client waits for each answer, so it
	 * can keep one core hashing at most; more clients than cores share all of them.
	 */
	private double floorFor(int clients) {
		return (clients == 1) ? this.floor.get(1) : floorAllCores();
	}

	private double oneHashMs() {
		return 1000.0 / this.floor.get(1);
	}

	void write(Path directory, Settings settings) throws IOException {
		Files.createDirectories(directory);
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark results (generated)\n\n");
		md.append("Written by `bench/run` on ")
			.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)))
			.append("; what the numbers mean and what was changed because of them: [README.md](README.md).\n\n");
		md.append("**Machine**: ").append(Machine.describe()).append("\n\n");
		md.append("**Database**: ").append(this.database).append("; ");
		if (this.nodes > 1) {
			md.append("**%d nodes** on that one database for the loaded run (logins, journeys, waiting timers: "
				.formatted(this.nodes))
				.append("customers spread over the nodes, sticky per customer; memory rows add up all nodes); ")
				.append("start-up and login-shape rows on one node.\n\n");
		}
		else {
			md.append("one node.\n\n");
		}
		md.append("The app runs in its own JVM on its defaults (demo mail and SMS sinks, dev PKI), launched as ")
			.append("docs/operations.md recommends unless a row says otherwise; the driver runs in another JVM on the ")
			.append("same machine and talks HTTPS over loopback, so both share the same cores")
			.append(this.database.startsWith("PostgreSQL") ? ", and so does the database server" : "")
			.append(".\n\n");

		md.append("## Hash floor (bcrypt, cost 10)\n\n| threads | checks/s | ms per check |\n|---:|---:|---:|\n");
		StringBuilder floorCsv = new StringBuilder("threads,checks_per_second\n");
		this.floor.forEach((threads, rate) -> {
			md.append("| %d | %s | %s |\n".formatted(threads, f(rate, 1), f(1000.0 * threads / rate, 1)));
			floorCsv.append(threads).append(',').append(f(rate, 3)).append('\n');
		});

		md.append("\n## Start-up and memory\n\n")
			.append("Time to ready: from launching the process to `/actuator/health/readiness` answering 200. ")
			.append("RSS and live heap (after a full GC) 5 s later, idle.\n\n")
			.append("| launch | start | time to ready (s) | RSS (MiB) | live heap (MiB) |\n|---|---|---:|---:|---:|\n");
		StringBuilder startCsv = new StringBuilder("launch,start,seconds_to_ready,rss_mib,live_heap_mib\n");
		for (String[] row : this.startUps) {
			md.append("| ").append(String.join(" | ", row)).append(" |\n");
			startCsv.append('"')
				.append(row[0])
				.append("\",\"")
				.append(row[1])
				.append("\",")
				.append(String.join(",", row[2], row[3], row[4]))
				.append('\n');
		}

		md.append("\n## Logins (valid passwords, unified customers, captcha solved beforehand)\n\n")
			.append("Ratio: logins/s over the hash floor those clients can reach (one client: one core; more: all cores). ")
			.append("p99 / hash: p99 latency over one check on one ")
			.append("core (")
			.append(f(oneHashMs(), 1))
			.append(" ms).\n\n")
			.append("| clients | logins | logins/s | ratio to floor | p50 ms | p95 ms | p99 ms | p99 / hash | hashes per login |\n")
			.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		StringBuilder loginCsv = new StringBuilder(
				"clients,logins,logins_per_second,ratio_to_floor,p50_ms,p95_ms,p99_ms,hashes_per_login\n");
		for (double[] row : this.logins) {
			double ratio = row[2] / floorFor((int) row[0]);
			md.append("| %d | %d | %s | %s | %s | %s | %s | %s | %s |\n".formatted((int) row[0], (int) row[1],
					f(row[2], 1), pct(ratio), f(row[3], 0), f(row[4], 0), f(row[5], 0), f(row[5] / oneHashMs(), 1),
					f(row[6], 2)));
			loginCsv.append("%d,%d,%s,%s,%s,%s,%s,%s\n".formatted((int) row[0], (int) row[1], f(row[2], 3), f(ratio, 4),
					f(row[3], 1), f(row[4], 1), f(row[5], 1), f(row[6], 3)));
		}

		if (!this.loginShapes.isEmpty()) {
			writeLoginShapes(md, directory);
		}

		md.append(
				"\n## Reissue journeys with a device certificate (whole API path, passcode read from the SMS sink)\n\n")
			.append("A journey: step 1, account, channel SMS, passcode, new password, until `COMPLETED`. Its floor: ")
			.append("the hash floor those clients can reach (as for logins) over the hashes a journey needs (counted by the app's ")
			.append("`password_center_password_hashes_total`).\n\n")
			.append("| clients | journeys | journeys/s | hashes per journey | floor journeys/s | ratio to floor | p50 ms | p95 ms | p99 ms |\n")
			.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		StringBuilder journeyCsv = new StringBuilder(
				"clients,journeys,journeys_per_second,hashes_per_journey,floor_journeys_per_second,ratio_to_floor,p50_ms,p95_ms,p99_ms\n");
		for (double[] row : this.journeys) {
			double floorJourneys = floorFor((int) row[0]) / row[6];
			double ratio = row[2] / floorJourneys;
			md.append("| %d | %d | %s | %s | %s | %s | %s | %s | %s |\n".formatted((int) row[0], (int) row[1],
					f(row[2], 2), f(row[6], 2), f(floorJourneys, 2), pct(ratio), f(row[3], 0), f(row[4], 0),
					f(row[5], 0)));
			journeyCsv.append("%d,%d,%s,%s,%s,%s,%s,%s,%s\n".formatted((int) row[0], (int) row[1], f(row[2], 3),
					f(row[6], 3), f(floorJourneys, 3), f(ratio, 4), f(row[3], 1), f(row[4], 1), f(row[5], 1)));
		}

		if (this.timers != null) {
			this.timers.write(md, directory);
		}
		if (this.idleLateness != null) {
			md.append("\n## Idle timer lateness\n\n")
				.append("On the app idle after the runs above: timers due at known instants, one a second; lateness is ")
				.append("from each due date to the end of its job (engine job log). Target: at most 2 s (issue 15).\n\n")
				.append("| timers | p50 ms | max ms |\n|---:|---:|---:|\n")
				.append("| %d | %s | %s |\n".formatted(this.idleLateness.count(),
						f(this.idleLateness.percentileMs(50), 0), f(this.idleLateness.percentileMs(100), 0)));
			Files.writeString(directory.resolve("idle-lateness.csv"),
					"timers,p50_ms,max_ms\n%d,%s,%s\n".formatted(this.idleLateness.count(),
							f(this.idleLateness.percentileMs(50), 1), f(this.idleLateness.percentileMs(100), 1)));
		}
		if (this.customerImport != null) {
			md.append(this.customerImport);
		}
		Files.writeString(directory.resolve("results.md"), md.toString());
		Files.writeString(directory.resolve("hash-floor.csv"), floorCsv.toString());
		Files.writeString(directory.resolve("startup.csv"), startCsv.toString());
		Files.writeString(directory.resolve("logins.csv"), loginCsv.toString());
		Files.writeString(directory.resolve("journeys.csv"), journeyCsv.toString());
		System.out.println(md);
	}

	static String f(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	static String pct(double ratio) {
		return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
	}

	/** The 100,000 waiting link timers: creation, memory, and the expiry of them all. */
	static final class TimerRun {

		private final int applications;

		private final Duration validity;

		private final List<String> memory = new ArrayList<>();

		private final StringBuilder samples = new StringBuilder("seconds,waiting_applications,overdue_timers\n");

		private final StringBuilder heap = new StringBuilder("seconds,waiting_applications,live_heap_mib,rss_mib\n");

		private double createdSeconds;

		private double appCpuMillis = Double.NaN;

		private double databaseCpuMillis = Double.NaN;

		private double allWaitingSeconds;

		private long waitingAtOnce;

		private double expiredAfterLastDue = Double.NaN;

		private long maxOverdue;

		private boolean gaveUp;

		private double lastDueSeconds;

		private Double firstOverdueSeconds;

		TimerRun(int applications, Duration validity) {
			this.applications = applications;
			this.validity = validity;
		}

		void memory(String when, double liveHeapMib, double rssMib) {
			this.memory.add("| %s | %s | %s |".formatted(when, f(liveHeapMib, 0), f(rssMib, 0)));
		}

		synchronized void heapSample(double seconds, long waiting, double liveHeapMib, double rssMib) {
			this.heap.append("%s,%d,%s,%s\n".formatted(f(seconds, 1), waiting, f(liveHeapMib, 1), f(rssMib, 0)));
		}

		void created(double seconds) {
			this.createdSeconds = seconds;
		}

		void cpu(double appMillisEach, double databaseMillisEach) {
			this.appCpuMillis = appMillisEach;
			this.databaseCpuMillis = databaseMillisEach;
		}

		void allWaiting(double seconds, long waiting) {
			this.allWaitingSeconds = seconds;
			this.waitingAtOnce = waiting;
		}

		void lastDue(double seconds) {
			this.lastDueSeconds = seconds;
		}

		void sample(double seconds, long waiting, long overdue) {
			if (overdue > 0 && this.firstOverdueSeconds == null) {
				this.firstOverdueSeconds = seconds;
			}
			this.samples.append("%s,%d,%d\n".formatted(f(seconds, 1), waiting, overdue));
			this.maxOverdue = Math.max(this.maxOverdue, overdue);
		}

		void gaveUp() {
			this.gaveUp = true;
		}

		void expired(double secondsAfterLastDue) {
			this.expiredAfterLastDue = secondsAfterLastDue;
		}

		void write(StringBuilder md, Path directory) throws IOException {
			md.append("\n## %,d reissue applications waiting on their link timer\n\n".formatted(this.applications))
				.append("Times are seconds from the start of this phase. ")
				.append("Each: step 1 and the account of the reissue without certificate over HTTPS, ")
				.append("then the signed link mail (a job), then the wait for the link or the timer. ")
				.append("The link timer is shortened to `%s` by a table version ".formatted(this.validity))
				.append("(the reissue limits table's `linkValidity`, deployed by the benchmark); nobody opens a link, so every one expires.\n\n")
				.append("| measure | value |\n|---|---:|\n")
				.append("| applications made (HTTP) | %s s (%s per s) |\n".formatted(f(this.createdSeconds, 1),
						f(this.applications / this.createdSeconds, 0)))
				.append("| app CPU per application, its link mail included (all nodes) | %s ms |\n"
					.formatted(f(this.appCpuMillis, 1)))
				.append(Double.isNaN(this.databaseCpuMillis) ? ""
						: "| PostgreSQL server CPU per application | %s ms |\n".formatted(f(this.databaseCpuMillis, 1)))
				.append("| all link mails sent, waiting on the timer | %s s, %,d waiting at once |\n"
					.formatted(f(this.allWaitingSeconds, 1), this.waitingAtOnce))
				.append("| last link timer due at | %s s |\n".formatted(f(this.lastDueSeconds, 1)))
				.append("| most timers overdue at one time (sampled every 2 s) | %,d |\n".formatted(this.maxOverdue))
				.append("| all expired, after the last due time | %s |\n"
					.formatted(this.gaveUp ? "not within the wait" : f(this.expiredAfterLastDue, 1) + " s"))
				.append("\n| when | live heap (MiB) | RSS (MiB) |\n|---|---:|---:|\n")
				.append(String.join("\n", this.memory))
				.append("\n\nThe live heap (after a full GC) every 30 s while the applications piled up: ")
				.append("[memory.csv](memory.csv); the waiting count over time: [timers.csv](timers.csv).\n");
			Files.writeString(directory.resolve("timers.csv"), this.samples.toString());
			Files.writeString(directory.resolve("memory.csv"), this.heap.toString());
		}

	}

	/** What the run ran on. */
	static final class Machine {

		static String describe() {
			String cpu = "unknown CPU";
			String memory = "";
			try {
				cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
					.stream()
					.filter((line) -> line.startsWith("model name"))
					.map((line) -> line.substring(line.indexOf(':') + 1).trim())
					.findFirst()
					.orElse(cpu);
				memory = Files.readAllLines(Path.of("/proc/meminfo"))
					.stream()
					.filter((line) -> line.startsWith("MemTotal"))
					.map((line) -> f(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0, 0) + " GiB RAM")
					.findFirst()
					.orElse("");
			}
			catch (IOException ex) {
				// not Linux: say less
			}
			return "%s, %d cores, %s, %s %s, Java %s (%s)".formatted(cpu, Runtime.getRuntime().availableProcessors(),
					memory, System.getProperty("os.name"), System.getProperty("os.version"),
					System.getProperty("java.version"), System.getProperty("java.vm.name"));
		}

	}

}
