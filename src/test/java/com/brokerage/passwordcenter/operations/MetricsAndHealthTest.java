package com.brokerage.passwordcenter.operations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestMail;
import com.brokerage.passwordcenter.support.TestIds;
import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an operator's Prometheus and load balancer see: the business counters after real
 * journeys, health with its parts, and nothing under /actuator without an operator.
 */
@SpringBootTest
@AutoConfigureMockMvc
// Spring Boot tests switch metric export off unless asked
@AutoConfigureObservability
@ActiveProfiles("test")
@Import(TestCustomers.class)
class MetricsAndHealthTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static final GreenMail mail = TestMail.start();

	private static final String OPERATOR = "operator:operator-test";

	private static final String REISSUE = "reissue-with-certificate";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		pki.registerAsDeviceCa(registry);
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		twilio.stop();
		mail.stop();
	}

	@Test
	@DisplayName("/actuator/prometheus counts journeys, passcode failures, lockouts, unlocks, notification failures, limit refusals")
	void countersAfterJourneys() throws Exception {
		String before = scrape();
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient device = device(customer);
		for (int i = 0; i < 3; i++) {
			device.login(customer.getCustomerId(), "Wrong" + (1000 + i));
		}
		assertThat(unlock(device, customer).getStatus()).isEqualTo(200);

		// a reissue: one wrong passcode, a failed "password changed" SMS retried, done
		String completed = startReissue(device, customer);
		String passcode = twilio.lastPasscode();
		assertThat(device.post("/api/v1/reissues/" + completed + "/passcode", "{\"passcode\":\"0000000\"}").getStatus())
			.isEqualTo(400);
		String initial = JsonPath
			.read(device.post("/api/v1/reissues/" + completed + "/passcode", "{\"passcode\":\"" + passcode + "\"}")
				.getContentAsString(), "$.initialPassword");
		device.post("/api/v1/reissues/" + completed + "/password",
				"{\"initialPassword\":\"%s\",\"newPassword\":\"Brand1234\",\"confirmation\":\"Brand1234\"}"
					.formatted(initial));
		twilio.fail();
		Job notify = jobs().at(completed, ApplicationJobs.NOTIFY_BY_SMS);
		assertThatThrownBy(() -> this.management.executeJob(notify.getId())).isNotNull();
		twilio.accept();
		jobs().executeMessages(completed);

		// a reissue whose passcode runs out
		String expired = startReissue(device(customer), customer);
		this.management.executeJob(jobs().passcodeTimer(expired).getId());

		// R-REISSUE-2: the sixth step 1 of the day for one ID is refused
		ApiClient guesser = device(customer);
		String unknown = TestIds.nationalId();
		for (int i = 0; i < 6; i++) {
			guesser.post("/api/v1/reissues", "{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(unknown));
		}

		String after = scrape();
		assertThat(delta(before, after, "password_center_login_lockouts_total", "reason=\"FAILURES_UNLOCK_AVAILABLE\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "password_center_journeys_started_total", "flow=\"unlock\"")).isEqualTo(1);
		assertThat(delta(before, after, "password_center_journeys_completed_total", "flow=\"unlock\"")).isEqualTo(1);
		assertThat(delta(before, after, "password_center_login_unlocks_total", "channel=\"WEB\"")).isEqualTo(1);
		assertThat(delta(before, after, "password_center_journeys_started_total", "flow=\"" + REISSUE + "\""))
			.isEqualTo(2);
		assertThat(delta(before, after, "password_center_journeys_completed_total", "flow=\"" + REISSUE + "\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "password_center_journeys_expired_total", "flow=\"" + REISSUE + "\"",
				"outcome=\"PASSCODE_EXPIRED\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "password_center_passcode_failures_total", "outcome=\"WRONG\"")).isEqualTo(1);
		assertThat(delta(before, after, "password_center_notification_failures_total", "channel=\"sms\"",
				"purpose=\"password-changed\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "password_center_reissue_daily_limit_refusals_total")).isEqualTo(1);
	}

	@Test
	@DisplayName("Hash work is counted: a unified customer's login costs one password check, a wrong one too")
	void passwordHashesAreCounted() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient device = device(customer);
		String before = scrape();

		device.login(customer.getCustomerId(), "Right1234");
		device.login(customer.getCustomerId(), "Wrong1234");

		String after = scrape();
		assertThat(delta(before, after, "password_center_password_hashes_total", "operation=\"check\"")).isEqualTo(2);
		assertThat(delta(before, after, "password_center_password_hashes_total", "operation=\"hash\"")).isZero();
	}

	@Test
	@DisplayName("/actuator/** answers 401 without credentials and 403 to an engine user who is no operator")
	void actuatorNeedsAnOperator() throws Exception {
		ApiClient anonymous = new ApiClient(this.mvc);
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info" }) {
			MockHttpServletResponse refused = anonymous.get(path);
			assertThat(refused.getStatus()).as(path).isEqualTo(401);
			assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Basic");
			assertThat(refused.getContentAsString()).doesNotContain("password_center");
		}
		if (this.identity.createUserQuery().userId("agent-metrics").count() == 0) {
			User agent = this.identity.newUser("agent-metrics");
			agent.setPassword("agent-pass-1");
			this.identity.saveUser(agent);
		}
		assertThat(get("/actuator/prometheus", "agent-metrics:agent-pass-1").getStatus()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", OPERATOR).getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("health is open for load balancers; its parts (db, SMTP, SMS provider) only for operators")
	void health() throws Exception {
		MockHttpServletResponse open = new ApiClient(this.mvc).get("/actuator/health");
		assertThat(open.getStatus()).isEqualTo(200);
		assertThat(open.getContentAsString()).doesNotContain("components");
		assertThat(new ApiClient(this.mvc).get("/actuator/health/readiness").getStatus()).isEqualTo(200);

		// mail answers from its background probe, the first one runs at start-up
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> JsonPath.read(get("/actuator/health", OPERATOR).getContentAsString(),
					"$.components.mail.status"), "UP"::equals);
		String detailed = get("/actuator/health", OPERATOR).getContentAsString();
		assertThat((String) JsonPath.read(detailed, "$.components.db.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(detailed, "$.components.mail.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(detailed, "$.components.mail.details.checkedAt")).isNotBlank();
		assertThat((String) JsonPath.read(detailed, "$.components.smsProvider.status")).isEqualTo("UP");
		assertThat(detailed).doesNotContain("test-twilio-token", "AC00000000000000000000000000000000");
	}

	private String startReissue(ApiClient device, Customer customer) throws Exception {
		String started = device
			.post("/api/v1/reissues",
					"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()))
			.getContentAsString();
		String id = JsonPath.read(started, "$.applicationId");
		Integer account = JsonPath.read(started, "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + account + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}");
		jobs().executeMessages(id);
		return id;
	}

	private MockHttpServletResponse unlock(ApiClient device, Customer customer) {
		return device.post("/api/v1/unlocks",
				"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()));
	}

	private ApiClient device(Customer customer) {
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.get("/api/v1/captcha");
		return device;
	}

	private ApplicationJobs jobs() {
		return new ApplicationJobs(this.runtime, this.management);
	}

	private String scrape() throws Exception {
		MockHttpServletResponse response = get("/actuator/prometheus", OPERATOR);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse get(String path, String credentials) {
		return new ApiClient(this.mvc).send(MockMvcRequestBuilders.get(path)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * How much a counter (the sum of its series matching the tags) grew between scrapes.
	 */
	private static long delta(String before, String after, String name, String... tags) {
		return Math.round(sum(after, name, tags) - sum(before, name, tags));
	}

	private static double sum(String scrape, String name, String... tags) {
		return scrape.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> java.util.Arrays.stream(tags).allMatch(line::contains))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
