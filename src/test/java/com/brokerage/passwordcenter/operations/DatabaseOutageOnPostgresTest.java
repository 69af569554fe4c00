package com.brokerage.passwordcenter.operations;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.OwnPostgresCluster;
import com.brokerage.passwordcenter.support.PostgresTest;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15, acceptance 3: PostgreSQL stopped under a small load. A cluster of the test's
 * own ({@code .ci/postgres} with {@code PASSWORD_CENTER_PG_CLUSTER=outage}) is stopped
 * with {@code pg_ctlcluster} for {@value #OUTAGE_SECONDS} s (the 30 s) while
 * three clients start reissues over HTTPS; then started again. No restart of the app.
 */
@Tag(PostgresTest.TAG)
class DatabaseOutageOnPostgresTest {

	static final int OUTAGE_SECONDS = 30;

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "outage");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static OwnPostgresCluster cluster;

	private static ConfigurableApplicationContext node;

	@BeforeAll
	static void start() {
		cluster = OwnPostgresCluster.prepare("outage", "password_center_outage");
		node = node();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
		twilio.stop();
	}

	@Test
	@DisplayName("PostgreSQL stopped under load: every answer 503 SERVICE_UNAVAILABLE with Retry-After within 3 s, "
			+ "readiness DOWN then UP, nothing acknowledged lost, journeys go on")
	void outageUnderLoad() throws Exception {
		TestCustomers customers = node.getBean(TestCustomers.class);
		List<Customer> pool = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			pool.add(customers.unified("Outage123"));
		}
		Customer signedIn = customers.unified("Signed123");
		HttpApiClient browser = device(signedIn);
		assertThat(browser.login(signedIn.getCustomerId(), "Signed123").statusCode()).isEqualTo(200);

		Load load = new Load(pool);
		load.start(3);
		// some applications acknowledged before the outage
		await().atMost(Duration.ofSeconds(60))
			.until(() -> load.acknowledged.values().stream().filter((b) -> b).count() >= 3);

		cluster.stop();
		Instant stopped = Instant.now();
		List<Answer> readinessDuring = new ArrayList<>();
		Answer portalDuring = null;
		Answer sessionDuring = null;
		while (Duration.between(stopped, Instant.now()).toSeconds() < OUTAGE_SECONDS) {
			readinessDuring.add(Answer.of("readiness", () -> anonymous().get("/actuator/health/readiness")));
			if (portalDuring == null && Duration.between(stopped, Instant.now()).toSeconds() >= 3) {
				// a signed-in customer's page and call: Spring Session reads its row
				// first
				portalDuring = Answer.of("portal", () -> browser.get("/me"));
				sessionDuring = Answer.of("me", () -> browser.get("/api/v1/me"));
			}
			Thread.sleep(500);
		}
		Instant restarting = Instant.now();
		cluster.start();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> anonymous().get("/actuator/health/readiness").statusCode() == 200);
		Instant ready = Instant.now();
		Thread.sleep(3000);
		load.stop();

		System.out.println(load.summary(stopped, restarting));
		// every answer, before, during and after: an answer (no hang), never a 500; the
		// ones in flight when the server went down or came back included
		assertThat(load.answers).isNotEmpty();
		assertThat(load.answers).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503);
			assertThat(answer.took()).as(answer.toString()).isLessThan(CLIENT_TIMEOUT);
		});
		// requests begun while the database was down all got the JSON 503 with
		// Retry-After, within 3 s
		List<Answer> during = load.answers.stream()
			.filter((answer) -> answer.began().isAfter(stopped) && answer.ended().isBefore(restarting))
			.toList();
		assertThat(during).hasSizeGreaterThan(10).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
			assertThat(answer.took()).as(answer.toString()).isLessThan(Duration.ofSeconds(3));
			assertThat(answer.retryAfter()).as(answer.toString()).isEqualTo("30");
			assertThat(answer.code()).as(answer.toString()).isEqualTo("SERVICE_UNAVAILABLE");
		});
		assertThat(during.get(0).body()).contains("系統暫時無法服務");
		assertThat(load.answers.stream().filter((a) -> a.began().isAfter(ready.plusMillis(500))))
			.as("answers after recovery")
			.isNotEmpty()
			.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201));

		// readiness: DOWN (503) from 3 s into the outage on, answered at once
		assertThat(readinessDuring.stream().filter((r) -> r.began().isAfter(stopped.plusSeconds(3)))).isNotEmpty()
			.allSatisfy((readiness) -> {
				assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
				assertThat(readiness.took()).as(readiness.toString()).isLessThan(Duration.ofSeconds(2));
			});
		// outside Spring MVC: the session filter's read became the portal page and the
		// JSON error
		assertThat(portalDuring.status()).isEqualTo(503);
		assertThat(portalDuring.body()).contains("系統暫時無法服務").contains("0800-085-005").doesNotContain("Exception");
		assertThat(sessionDuring.status()).isEqualTo(503);
		assertThat(sessionDuring.code()).isEqualTo("SERVICE_UNAVAILABLE");

		// nothing acknowledged is lost: each 201 is an application and a process
		// instance, each account step's 200 is recorded
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		HistoryService history = node.getBean(HistoryService.class);
		assertThat(load.acknowledged).hasSizeGreaterThanOrEqualTo(3);
		for (Map.Entry<String, Boolean> application : load.acknowledged.entrySet()) {
			assertThat(jdbc.queryForObject("select count(*) from reissue_application where id = ?", Integer.class,
					application.getKey()))
				.as(application.getKey())
				.isEqualTo(1);
			assertThat(history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(application.getKey())
				.count()).isEqualTo(1);
			if (application.getValue()) {
				assertThat(jdbc.queryForObject("select account_ref from reissue_application where id = ?", Long.class,
						application.getKey()))
					.isNotNull();
			}
		}
		// the journeys go on: the signed-in session survived, a chosen account goes on
		// to the passcode its job sends
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		String atChannel = load.acknowledged.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.reduce((first, second) -> second)
			.orElseThrow();
		HttpApiClient owner = load.clients.get(atChannel);
		assertThat(JsonPath.<String>read(
				owner.post("/api/v1/reissues/" + atChannel + "/channel", "{\"channel\":\"SMS\"}").body(), "$.step"))
			.isEqualTo("PROCESSING");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> JsonPath.read(owner.get("/api/v1/reissues/" + atChannel).body(), "$.step"),
					"ENTER_PASSCODE"::equals);
	}

	/** Clients that each start a reissue and choose its account, over and over. */
	private static final class Load {

		final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

		/** Application id → whether its account step was acknowledged too. */
		final Map<String, Boolean> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();

		final Map<String, HttpApiClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

		private final List<Customer> customers;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		private ExecutorService pool;

		Load(List<Customer> customers) {
			this.customers = customers;
		}

		void start(int clients) {
			this.pool = Executors.newFixedThreadPool(clients);
			for (int i = 0; i < clients; i++) {
				this.pool.submit(this::run);
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.pool.shutdown();
			assertThat(this.pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}

		private void run() {
			while (this.running.get()) {
				// the daily limit allows 5 a day per customer: spread over the pool
				Customer customer = this.customers.get(this.next.getAndIncrement() % this.customers.size());
				HttpApiClient device = device(customer);
				Answer started = record("start", () -> device.post("/api/v1/reissues",
						"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId())));
				if (started.status() == 201) {
					String id = JsonPath.read(started.body(), "$.applicationId");
					Integer account = JsonPath.read(started.body(), "$.accounts[0].accountId");
					this.acknowledged.put(id, false);
					this.clients.put(id, device);
					Answer chosen = record("account", () -> device.post("/api/v1/reissues/" + id + "/account",
							"{\"accountId\":" + account + "}"));
					if (chosen.status() == 200) {
						this.acknowledged.put(id, true);
					}
					record("status", () -> device.get("/api/v1/reissues/" + id));
				}
				else {
					sleep(200);
				}
			}
		}

		/** Answers and their longest time, before, during and after the outage. */
		String summary(Instant stopped, Instant restarting) {
			StringBuilder summary = new StringBuilder("answers of the load:");
			Map<String, List<Answer>> phases = new java.util.LinkedHashMap<>();
			for (Answer answer : this.answers) {
				String phase = answer.began().isBefore(stopped) ? "before"
						: answer.began().isBefore(restarting) ? "during" : "after";
				phases.computeIfAbsent(phase + " " + answer.status(), (key) -> new ArrayList<>()).add(answer);
			}
			phases.forEach((phase, answers) -> summary.append("\n  ")
				.append(phase)
				.append(": ")
				.append(answers.size())
				.append(", longest ")
				.append(answers.stream().map(Answer::took).max(Duration::compareTo).orElseThrow().toMillis())
				.append(" ms"));
			return summary.toString();
		}

		private Answer record(String what, java.util.function.Supplier<HttpResponse<String>> call) {
			Answer answer = Answer.of(what, call);
			this.answers.add(answer);
			return answer;
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	record Answer(String what, Instant began, Instant ended, int status, String retryAfter, String body) {

		static Answer of(String what, java.util.function.Supplier<HttpResponse<String>> call) {
			Instant began = Instant.now();
			int status;
			String retryAfter = null;
			String body;
			try {
				HttpResponse<String> response = call.get();
				status = response.statusCode();
				retryAfter = response.headers().firstValue("Retry-After").orElse(null);
				body = response.body();
			}
			catch (RuntimeException ex) {
				// no answer (e.g. the client's timeout): recorded as such, fails the test
				status = -1;
				body = ex.toString();
			}
			return new Answer(what, began, Instant.now(), status, retryAfter, body);
		}

		Duration took() {
			return Duration.between(this.began, this.ended);
		}

		String code() {
			return this.body.startsWith("{") && this.body.contains("\"code\"") ? JsonPath.read(this.body, "$.code")
					: null;
		}

		@Override
		public String toString() {
			return this.what + " at " + this.began + ": " + this.status + " after " + took().toMillis() + " ms "
					+ this.body.substring(0, Math.min(200, this.body.length()));
		}

	}

	private static HttpApiClient device(Customer customer) {
		HttpApiClient device = new HttpApiClient(base(), pki.valid(customer.getCustomerId()).sslContext(pki))
			.withTimeout(CLIENT_TIMEOUT);
		device.get("/api/v1/reissues/info");
		return device;
	}

	private static HttpApiClient anonymous() {
		return new HttpApiClient(base(), pki.sslContext()).withTimeout(CLIENT_TIMEOUT);
	}

	private static String base() {
		return "https://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** The postgres profile on the test's own cluster, with its job executor running. */
	private static ConfigurableApplicationContext node() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", cluster.url());
		properties.put("spring.datasource.password", "${PASSWORD_CENTER_DB_PASSWORD:password_center}");
		properties.put("server.port", "0");
		properties.putAll(tls.properties());
		properties.put("password-center.notification.twilio.base-url", twilio.baseUrl());
		properties.put("camunda.bpm.job-execution.enabled", "true");
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
		properties.put("camunda.bpm.job-execution.max-wait", "1000");
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PasswordCenterApplication.class, TestCustomers.class)
			.profiles("test", "postgres")
			.run(arguments);
	}

}
