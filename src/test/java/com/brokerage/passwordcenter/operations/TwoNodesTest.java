package com.brokerage.passwordcenter.operations;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.LockReason;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.PostgresTest;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
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
 * Two nodes on one PostgreSQL, as behind a load balancer: each its own web server and job
 * executor, sessions and the engine in the shared database. A customer's browser moves
 * between them; the rules that count (daily limit, lockout) hold when attempts alternate
 * and run in parallel; a timer fires once.
 */
@Tag(PostgresTest.TAG)
class TwoNodesTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "two-nodes");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() {
		// one after the other, as in a rolling start: the first creates or updates the
		// schema
		nodeA = node("node-a");
		nodeB = node("node-b");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		twilio.stop();
	}

	@Test
	@DisplayName("a reissue started on node A goes on on node B (shared session); its passcode timer fires once")
	void journeyAcrossNodesAndOneExpiry() {
		Customer customer = customers().unified("Forgot123");
		HttpApiClient onA = device(customer, nodeA);
		HttpApiClient onB = onA.at(base(nodeB));

		HttpResponse<String> started = onA.post("/api/v1/reissues", start(customer));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String id = JsonPath.read(started.body(), "$.applicationId");
		Integer accountId = JsonPath.read(started.body(), "$.accounts[0].accountId");
		assertThat(step(onB.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}")))
			.isEqualTo("CHOOSE_CHANNEL");
		assertThat(step(onA.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}")))
			.isEqualTo("PROCESSING");
		// the job executors (either node) send the passcode
		await().atMost(Duration.ofSeconds(30))
			.until(() -> step(onB.get("/api/v1/reissues/" + id)), "ENTER_PASSCODE"::equals);

		// both job executors see the timer; it is due now
		ApplicationJobs jobs = new ApplicationJobs(nodeA.getBean(RuntimeService.class),
				nodeA.getBean(ManagementService.class));
		Job timer = jobs.passcodeTimer(id);
		nodeB.getBean(ManagementService.class).setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> JsonPath.read(onA.get("/api/v1/reissues/" + id).body(), "$.status"),
					"PASSCODE_EXPIRED"::equals);

		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		HistoryService history = nodeA.getBean(HistoryService.class);
		List<HistoricProcessInstance> reissues = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey("reissue-with-certificate")
			.list();
		assertThat(reissues).singleElement().satisfies((instance) -> {
			assertThat(instance.getEndTime()).isNotNull();
			assertThat(instance.getEndActivityId()).isEqualTo("End_PasscodeExpired");
		});
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_record where customer_ref = ? and outcome = 'PASSCODE_EXPIRED'",
				Integer.class, customer.getId()))
			.isEqualTo(1);
		assertThat(history.createHistoricJobLogQuery().jobId(timer.getId()).successLog().count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from reissue_application where customer_ref = ?", Integer.class,
				customer.getId()))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("a login on node A is a session on node B; a logout on B ends it on A")
	void sessionSharedBetweenNodes() {
		Customer customer = customers().unified("Right1234");
		HttpApiClient onA = device(customer, nodeA);
		HttpApiClient onB = onA.at(base(nodeB));
		assertThat(onA.login(customer.getCustomerId(), "Right1234").statusCode()).isEqualTo(200);
		assertThat(onB.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(onB.post("/api/v1/logout", "").statusCode()).isEqualTo(204);
		assertThat(onA.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("R-REISSUE-2 across nodes: 8 parallel step-1 requests, alternating A and B, make exactly 5 applications")
	void dailyLimitHoldsAcrossNodes() throws Exception {
		Customer customer = customers().unified("Forgot123");
		List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			HttpApiClient device = device(customer, (i % 2 == 0) ? nodeA : nodeB);
			attempts.add(() -> device.post("/api/v1/reissues", start(customer)));
		}
		List<Integer> statuses = inParallel(attempts);
		assertThat(statuses.stream().filter((status) -> status == 201)).hasSize(5);
		assertThat(statuses.stream().filter((status) -> status == 429)).hasSize(3);
	}

	@Test
	@DisplayName("R-LOGIN-2 across nodes: 12 parallel wrong passwords, alternating A and B, count to exactly 3 and lock")
	void lockHoldsAcrossNodes() throws Exception {
		Customer customer = customers().unified("Right1234");
		List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			// the captcha comes from one node and is solved for the other (shared key and
			// replay table)
			HttpApiClient client = new HttpApiClient(base((i % 2 == 0) ? nodeA : nodeB), pki.sslContext());
			String altcha = com.brokerage.passwordcenter.support.CaptchaSolver
				.solve(client.get("/api/v1/captcha").body());
			HttpApiClient other = client.at(base((i % 2 == 0) ? nodeB : nodeA));
			String body = com.brokerage.passwordcenter.support.ApiClient.loginJson(customer.getCustomerId(),
					"Wrong" + (1000 + i), altcha);
			attempts.add(() -> other.post("/api/v1/login", body));
		}
		List<Integer> statuses = inParallel(attempts);

		Customer after = customers().reload(customer);
		assertThat(after.getFailedLogins()).isEqualTo(3);
		assertThat(after.isLocked()).isTrue();
		assertThat(after.getLockReason()).isEqualTo(LockReason.FAILURES_UNLOCK_AVAILABLE);
		assertThat(statuses).containsOnly(401, 423);
		assertThat(statuses.stream().filter((status) -> status == 401)).hasSize(2);
	}

	private static List<Integer> inParallel(List<Callable<HttpResponse<String>>> attempts) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Callable<HttpResponse<String>> attempt : attempts) {
				answers.add(pool.submit(() -> {
					go.await();
					return attempt.call();
				}));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	private static TestCustomers customers() {
		return nodeA.getBean(TestCustomers.class);
	}

	/** A device with this customer's certificate, its CSRF cookie fetched. */
	private static HttpApiClient device(Customer customer, ConfigurableApplicationContext node) {
		HttpApiClient device = new HttpApiClient(base(node), pki.valid(customer.getCustomerId()).sslContext(pki));
		device.get("/api/v1/reissues/info");
		return device;
	}

	private static String step(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.step");
	}

	private static String start(Customer customer) {
		return "{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId());
	}

	private static String base(ConfigurableApplicationContext node) {
		return "https://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/**
	 * One node: the postgres profile over the test settings, HTTPS with client
	 * certificates, its own job executor polling often so the test need not wait long.
	 */
	private static ConfigurableApplicationContext node(String name) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.password", "${PASSWORD_CENTER_DB_PASSWORD:password_center}");
		properties.put("server.port", "0");
		properties.putAll(tls.properties());
		properties.put("password-center.notification.twilio.base-url", twilio.baseUrl());
		properties.put("camunda.bpm.job-execution.enabled", "true");
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
		properties.put("camunda.bpm.job-execution.max-wait", "1000");
		// shows in the job log which node ran a job
		properties.put("camunda.bpm.generic-properties.properties.hostname", name);
		// as command-line arguments: above the profiles' files, like a real node's
		// settings
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PasswordCenterApplication.class, TestCustomers.class)
			.profiles("test", "postgres")
			.run(arguments);
	}

}
