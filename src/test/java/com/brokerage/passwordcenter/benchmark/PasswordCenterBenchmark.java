package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.benchmark.BenchCustomers.Seeded;
import com.brokerage.passwordcenter.benchmark.BenchHttp.Cookies;
import com.brokerage.passwordcenter.certificate.TestPki;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (docs/benchmarks/README.md): the packaged app in its own JVM on its
 * defaults (H2, demo sinks), driven over HTTPS on loopback by this JVM. Bounded in count
 * and time; writes {@code docs/benchmarks/results.md} and CSVs. It asserts nothing about
 * speed: only that every call answered as docs/api.md says, so a broken journey cannot
 * pass for a fast one.
 * <p>
 * Run with {@code bench/run} ({@code mvn -B verify -Pbenchmark}); sizes can be changed
 * with {@code -Dbench.timers=...} etc. (see {@link Settings}).
 */
@Tag("benchmark")
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "bench.import-only", matches = "true")
class PasswordCenterBenchmark {

	private final Settings settings = Settings.fromSystemProperties();

	private final Report report = new Report();

	private BenchDatabase database;

	@Test
	@DisplayName("benchmark: hash floor, start-up, login timing by customer shape, logins, reissue journeys, 100,000 waiting link timers")
	void benchmark() throws Exception {
		Path work = Path.of("target", "bench").toAbsolutePath();
		deleteRecursively(work);
		Files.createDirectories(work);
		Path jar = AppLaunch.packagedJar(Path.of("target").toAbsolutePath());
		this.database = BenchDatabase.fromSystemProperties();
		if (this.settings.nodes() > 1 && !this.database.postgres()) {
			throw new IllegalArgumentException(
					"several nodes share one PostgreSQL database: -Dbench.database=postgres");
		}
		this.report.database(this.database.label(), this.settings.nodes());
		AppLaunch plain = AppLaunch.plain(jar, this.database);
		AppLaunch recommended = AppLaunch.recommended(jar, work.resolve("cds"), this.settings.port(), this.database);

		hashFloor(recommended);
		if (this.settings.startUps()) {
			startUp("java -jar (no flags)", plain, work.resolve("start-plain"));
			startUp("recommended (" + recommended.flagsText() + ")", recommended, work.resolve("start-recommended"));
		}
		if (this.settings.loginShapes()) {
			LoginShapes.measure(recommended, this.database, work.resolve("login-shapes"), this.settings, this.report);
		}
		if (this.settings.load()) {
			load(recommended, work.resolve("load"));
		}
		else if (IdleLateness.enabled()) {
			// without the loaded run (which ends with it), idle lateness on an app of its
			// own
			idle(recommended, work.resolve("idle"));
		}
		if (ImportBenchmark.enabled() && !this.database.postgres()) {
			ImportBenchmark.run(recommended, work.resolve("import"), this.report);
		}

		this.report.write(this.settings.output(), this.settings);
	}

	private void hashFloor(AppLaunch launch) throws Exception {
		List<String> command = new ArrayList<>(launch.jvm());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), HashFloor.class.getName(), "10",
				String.valueOf(this.settings.floorSeconds())));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("hash floor failed: " + out);
		}
		for (String line : out.strip().split("\n")) {
			String[] cells = line.trim().split(",");
			if (cells.length == 2 && cells[0].matches("\\d+")) {
				this.report.floor(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]));
			}
		}
	}

	private void startUp(String name, AppLaunch launch, Path directory) throws Exception {
		this.database.fresh();
		for (String start : List.of("first start (new database)", "restart (existing database)")) {
			try (AppProcess app = AppProcess.start(launch, directory, this.settings.port(), List.of())) {
				Thread.sleep(5_000);
				this.report.startUp(name, start, app.secondsToReady(), app.rssMib(), app.liveHeapMib());
			}
		}
	}

	private void load(AppLaunch launch, Path directory) throws Exception {
		// first start makes the schema; the customers go in while the app is stopped
		this.database.fresh();
		try (AppProcess app = AppProcess.start(launch, directory, this.settings.port(), List.of())) {
			app.secondsToReady();
		}
		List<Seeded> loginCustomers = BenchCustomers.seed(this.database, directory, 1, this.settings.loginCustomers(),
				true);
		List<Seeded> deviceCustomers = BenchCustomers.seed(this.database, directory, 2, this.settings.deviceCustomers(),
				true);
		int timerCustomers = (this.settings.timers() + 4) / 5;
		List<Seeded> linkCustomers = BenchCustomers.seed(this.database, directory, 3, timerCustomers, false);
		// device certificates from the app's own dev CA, as the demo's are (TLS names
		// that CA to clients)
		TestPki devices = TestPki.load(directory.resolve("data/pki/ca.pem"), directory.resolve("data/pki/ca-key.pem"),
				Instant.now());
		AppLaunch loaded = launch;
		if (this.settings.profile()) {
			loaded = launch
				.withJvmFlag("-XX:StartFlightRecording=filename=" + directory.resolve("app.jfr") + ",settings=profile");
		}
		try (Nodes nodes = Nodes.start(loaded, directory, this.settings.port(), this.settings.nodes(), List.of())) {
			// one table cell: the link timer and what the mail states
			// (docs/operations.md, "Policy tables")
			linkValidity(nodes.http(), this.settings.linkValidity());
			logins(nodes, loginCustomers);
			journeys(nodes, devices, deviceCustomers);
			// then the waiting applications, on their own, until every link timer has
			// expired
			Instant begin = Instant.now();
			Report.TimerRun timers = createWaitingApplications(nodes, linkCustomers, begin);
			awaitExpiry(nodes, timers, begin);
			if (IdleLateness.enabled()) {
				this.report.idleLateness(IdleLateness.measure(nodes.http()));
			}
		}
	}

	/** Deploys the reissue limits table with this link validity, as an analyst would. */
	private static void linkValidity(BenchHttp http, Duration validity) throws Exception {
		String table = PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>\"PT24H\"</text>",
				"<text>\"" + validity + "\"</text>");
		String boundary = "----bench" + System.nanoTime();
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench link validity\r\n" + "--"
				+ boundary
				+ "\r\nContent-Disposition: form-data; name=\"reissue-limits.dmn\"; filename=\"reissue-limits.dmn\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n" + table + "\r\n--" + boundary + "--\r\n";
		http.operatorPost("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
				body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.expect(200, "deploy the link validity " + validity);
	}

	private void idle(AppLaunch launch, Path directory) throws Exception {
		this.database.fresh();
		try (AppProcess app = AppProcess.start(launch, directory, this.settings.port(), List.of())) {
			app.secondsToReady();
			BenchHttp http = new BenchHttp(app.baseUrl(),
					BenchHttp.tls(directory.resolve("data/pki/ca.pem"), null, null));
			this.report.idleLateness(IdleLateness.measure(http));
		}
	}

	private void logins(Nodes nodes, List<Seeded> customers) throws Exception {
		run(nodes, customers, 8, this.settings.warmUpLogins(), false);
		for (int clients : this.settings.loginConcurrency()) {
			run(nodes, customers, clients, this.settings.loginsPer(clients), true);
		}
	}

	private void run(Nodes nodes, List<Seeded> customers, int clients, int count, boolean record) throws Exception {
		List<Callable<Journeys.PreparedLogin>> preparations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Seeded customer = customers.get(i % customers.size());
			BenchHttp node = nodes.http(i);
			preparations.add(() -> Journeys.prepareLogin(node, customer));
		}
		List<Journeys.PreparedLogin> prepared = Parallel.all(Runtime.getRuntime().availableProcessors(), preparations);
		double before = nodes.hashes();
		Latencies latencies = new Latencies();
		List<Callable<Void>> logins = new ArrayList<>();
		for (int i = 0; i < prepared.size(); i++) {
			Journeys.PreparedLogin login = prepared.get(i);
			BenchHttp node = nodes.http(i);
			logins.add(() -> {
				login.send(node);
				return null;
			});
		}
		double seconds = Journeys.run(clients, logins, latencies);
		if (record) {
			this.report.logins(clients, count, seconds, latencies, (nodes.hashes() - before) / count);
		}
	}

	private void journeys(Nodes nodes, TestPki devices, List<Seeded> customers) throws Exception {
		List<BenchHttp> clients = new ArrayList<>();
		char[] password = "bench".toCharArray();
		for (int i = 0; i < customers.size(); i++) {
			SSLContext tls = BenchHttp.tls(nodes.serverCa(),
					devices.valid(customers.get(i).nationalId()).keyStore(password), password);
			clients.add(nodes.http(i, tls));
		}
		List<BenchHttp> smsSinks = nodes.all();
		int used = 0;
		// warm-up, not recorded: the journey's code paths are cold after the logins (as
		// the logins had theirs)
		List<Integer> levels = new ArrayList<>(List.of(-4));
		levels.addAll(this.settings.journeyConcurrency());
		for (int level : levels) {
			boolean warmUp = level < 0;
			int threads = Math.abs(level);
			int count = warmUp ? this.settings.warmUpJourneys() : this.settings.journeysPer(threads);
			if (used + count > customers.size() * 5) {
				throw new IllegalStateException("R-REISSUE-2 allows 5 applications per customer a day: add customers");
			}
			List<Callable<Void>> journeys = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int which = (used + i) % customers.size();
				journeys.add(() -> {
					Journeys.reissueWithCertificate(clients.get(which), smsSinks, customers.get(which));
					return null;
				});
			}
			used += count;
			double before = nodes.hashes();
			Latencies latencies = new Latencies();
			double seconds = Journeys.run(threads, journeys, latencies);
			if (!warmUp) {
				this.report.journeys(threads, count, seconds, latencies, (nodes.hashes() - before) / count);
			}
		}
	}

	private Report.TimerRun createWaitingApplications(Nodes nodes, List<Seeded> customers, Instant begin)
			throws Exception {
		BenchHttp http = nodes.http();
		int applications = this.settings.timers();
		Report.TimerRun run = this.report.timerRun(applications, this.settings.linkValidity());
		run.memory("before", nodes.liveHeapMib(), nodes.rssMib());
		Cookies browser = new Cookies();
		http.get(browser, "/api/v1/reissues/info").expect(200, "info");
		String csrf = browser.get(BenchHttp.CSRF_COOKIE);
		List<Callable<Void>> applies = new ArrayList<>();
		for (int i = 0; i < applications; i++) {
			// each customer applies 5 times (R-REISSUE-2), spread over the run rather
			// than at once
			Seeded customer = customers.get(i % customers.size());
			BenchHttp node = nodes.http(i % customers.size());
			applies.add(() -> {
				Journeys.applyWithoutCertificate(node, csrf, customer);
				return null;
			});
		}
		// the live heap every 30 s while they pile up: flat, or growing per waiting
		// application?
		java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor();
		sampler.scheduleWithFixedDelay(() -> {
			try {
				run.heapSample(seconds(begin), waitingInstances(http), nodes.liveHeapMib(), nodes.rssMib());
			}
			catch (Exception ex) {
				// a missed sample is only a gap in memory.csv
			}
		}, 30, 30, TimeUnit.SECONDS);
		double appCpu = nodes.cpuSeconds();
		double databaseCpu = this.database.serverCpuSeconds();
		try {
			run.created(Journeys.run(this.settings.timerClients(), applies, null));
		}
		finally {
			sampler.shutdownNow();
		}
		// the link mails go out as jobs; the applications wait on their timers once all
		// are sent
		awaitZero(http, "/engine-rest/job/count?messages=true&processDefinitionKey=" + REISSUE_WITHOUT_CERTIFICATE);
		run.allWaiting(seconds(begin), waitingInstances(http));
		// what one application cost, its link mail included, whatever else loads the
		// machine (less the heap samples' full GCs, a fraction of a per cent)
		run.cpu((nodes.cpuSeconds() - appCpu) * 1000 / applications, this.database.postgres()
				? (this.database.serverCpuSeconds() - databaseCpu) * 1000 / applications : Double.NaN);
		run.memory("all waiting", nodes.liveHeapMib(), nodes.rssMib());
		return run;
	}

	private void awaitExpiry(Nodes nodes, Report.TimerRun run, Instant begin) throws Exception {
		BenchHttp http = nodes.http();
		JsonNode timers = http
			.operator("/engine-rest/job?timers=true&sortBy=jobDueDate&sortOrder=desc&maxResults=1&processDefinitionKey="
					+ REISSUE_WITHOUT_CERTIFICATE)
			.expect(200, "last timer")
			.json();
		// none left: a link validity shorter than the mails took, every timer already
		// fired
		Instant lastDue = timers.isEmpty() ? Instant.now()
				: Instant.parse(timers.get(0).get("dueDate").asText().replaceFirst("(\\d{2})(\\d{2})$", "$1:$2"));
		run.lastDue(Duration.between(begin, lastDue).toMillis() / 1000.0);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(this.settings.expiryWaitMinutes());
		while (true) {
			long waiting = waitingInstances(http);
			long overdue = count(http, "/engine-rest/job/count?timers=true&processDefinitionKey="
					+ REISSUE_WITHOUT_CERTIFICATE + "&dueDates=lt_" + engineDate(Instant.now()));
			run.sample(seconds(begin), waiting, overdue);
			if (waiting == 0) {
				break;
			}
			if (System.nanoTime() > deadline) {
				run.gaveUp();
				break;
			}
			Thread.sleep(2_000);
		}
		run.expired(Duration.between(lastDue, Instant.now()).toMillis() / 1000.0);
		run.memory("all expired", nodes.liveHeapMib(), nodes.rssMib());
	}

	private static double seconds(Instant since) {
		return Duration.between(since, Instant.now()).toMillis() / 1000.0;
	}

	private static final String REISSUE_WITHOUT_CERTIFICATE = "reissue-without-certificate";

	private static long waitingInstances(BenchHttp http) throws Exception {
		return count(http, "/engine-rest/process-instance/count?processDefinitionKey=" + REISSUE_WITHOUT_CERTIFICATE);
	}

	private static void awaitZero(BenchHttp http, String path) throws Exception {
		while (count(http, path) > 0) {
			Thread.sleep(1_000);
		}
	}

	private static long count(BenchHttp http, String path) throws Exception {
		return http.operator(path).expect(200, path).json().get("count").asLong();
	}

	private static String engineDate(Instant instant) {
		return URLEncoder.encode(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
			.withZone(ZoneOffset.UTC)
			.format(instant), StandardCharsets.UTF_8);
	}

	/** Password hashes and checks the app has done so far (its Prometheus counter). */
	static double hashes(BenchHttp http) throws Exception {
		double total = 0;
		for (String line : http.operator("/actuator/prometheus").expect(200, "prometheus").body().split("\n")) {
			if (line.startsWith("password_center_password_hashes_total")) {
				total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return total;
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var paths = Files.walk(path)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

}
