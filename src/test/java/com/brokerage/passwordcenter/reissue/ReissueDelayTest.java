package com.brokerage.passwordcenter.reissue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's view of a delay (issue 15): the status API and the portal's application
 * page say the step is delayed and what to do — after
 * {@code password-center.reissue.delayed-after} (PT1M) in a service step, or at once when
 * the application's called passcode process has an incident — and nothing of why. Real
 * HTTPS; the SMS goes to a real HTTP server that answers like Twilio (WireMock), or
 * fails; the job executor is off, the test runs the send job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class ReissueDelayTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "reissue-delay");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	MutableClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	MessageSource messages;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		tls.register(registry);
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
	}

	/**
	 * The clock is the context's, so a test starts at real time, not where another test
	 * left it: after {@code delayedAfterAWhile}'s PT1M forward, a job created within a
	 * second would already be older than {@code delayed-after}.
	 */
	@BeforeEach
	void now() {
		this.clock.set(Instant.now());
	}

	@AfterEach
	void accept() {
		twilio.accept();
	}

	@AfterAll
	static void stop() {
		twilio.stop();
	}

	@Test
	@DisplayName("a passcode not sent after delayed-after (PT1M): the status says STEP_DELAYED and to try later or call")
	void delayedAfterAWhile() {
		Customer customer = this.testCustomers.unified("Forgot123");
		HttpApiClient device = device(customer);
		String id = atProcessing(device, customer);

		HttpResponse<String> fresh = device.get("/api/v1/reissues/" + id);
		assertThat((String) JsonPath.read(fresh.body(), "$.step")).isEqualTo("PROCESSING");
		assertThat(fresh.body()).doesNotContain("\"delay\"");

		// the engine stamps the job with real time; the app's clock moves past PT1M of it
		this.clock.set(Instant.now().plus(Duration.ofSeconds(61)));
		HttpResponse<String> late = device.get("/api/v1/reissues/" + id);
		assertThat((String) JsonPath.read(late.body(), "$.step")).isEqualTo("PROCESSING");
		assertThat((String) JsonPath.read(late.body(), "$.delay.code")).isEqualTo("STEP_DELAYED");
		assertThat((String) JsonPath.read(late.body(), "$.delay.message")).contains("比平常久")
			.contains("0800-085-005")
			.contains("稍後");
		assertThat((String) JsonPath.read(late.body(), "$.delay.since")).isNotBlank();
		// the portal's page of the same application says it too
		HttpResponse<String> page = device.get("/reissue/applications/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"delayed\"").contains("比平常久");
		assertThat(
				this.messages.getMessage("reissue.delayed", new Object[] { "0800-085-005", "Mon–Fri" }, Locale.ENGLISH))
			.contains("longer than usual")
			.contains("0800-085-005");

		// once sent, the customer is at the passcode again and nothing is delayed
		executeSend(id);
		HttpResponse<String> sent = device.get("/api/v1/reissues/" + id);
		assertThat((String) JsonPath.read(sent.body(), "$.step")).isEqualTo("ENTER_PASSCODE");
		assertThat(sent.body()).doesNotContain("\"delay\"");
	}

	@Test
	@DisplayName("an incident on the called passcode process: STEP_DELAYED at once, without its text; a retry ends it")
	void delayedAtOnceByAnIncident() {
		Customer customer = this.testCustomers.unified("Forgot123");
		HttpApiClient device = device(customer);
		String id = atProcessing(device, customer);

		twilio.fail();
		executeSend(id);
		// a failed try that will be retried is not yet a delay
		assertThat(device.get("/api/v1/reissues/" + id).body()).doesNotContain("\"delay\"");
		// retrySchedules.notification (PT30S,PT2M,PT10M): the fourth failed try is the
		// incident
		executeSend(id);
		executeSend(id);
		executeSend(id);
		String passcodeInstance = sendJob(id).getProcessInstanceId();
		assertThat(this.runtime.createIncidentQuery().processInstanceId(passcodeInstance).count()).isEqualTo(1);

		HttpResponse<String> stuck = device.get("/api/v1/reissues/" + id);
		assertThat((String) JsonPath.read(stuck.body(), "$.step")).isEqualTo("PROCESSING");
		assertThat((String) JsonPath.read(stuck.body(), "$.delay.code")).isEqualTo("STEP_DELAYED");
		String incidentText = this.runtime.createIncidentQuery()
			.processInstanceId(passcodeInstance)
			.singleResult()
			.getIncidentMessage();
		assertThat(stuck.body()).doesNotContain(incidentText).doesNotContainIgnoringCase("incident");

		// the operator's retry (Cockpit) sends it: the delay is gone
		twilio.accept();
		Job failed = sendJob(id);
		this.management.setJobRetries(failed.getId(), 1);
		this.management.executeJob(failed.getId());
		HttpResponse<String> healed = device.get("/api/v1/reissues/" + id);
		assertThat((String) JsonPath.read(healed.body(), "$.step")).isEqualTo("ENTER_PASSCODE");
		assertThat(healed.body()).doesNotContain("\"delay\"");
	}

	/** Step 1, account, channel SMS: the passcode's send job waits. */
	private String atProcessing(HttpApiClient device, Customer customer) {
		HttpResponse<String> started = device.post("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String id = JsonPath.read(started.body(), "$.applicationId");
		Integer accountId = JsonPath.read(started.body(), "$.accounts[0].accountId");
		assertThat(device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> confirmed = device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}");
		assertThat((String) JsonPath.read(confirmed.body(), "$.step")).isEqualTo("PROCESSING");
		return id;
	}

	private void executeSend(String applicationId) {
		try {
			this.management.executeJob(sendJob(applicationId).getId());
		}
		catch (RuntimeException failedSend) {
			// the send failed: the job keeps its remaining retries, as with the job
			// executor
		}
	}

	private Job sendJob(String applicationId) {
		String passcodeInstance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey("passcode")
			.singleResult()
			.getId();
		return this.management.createJobQuery().processInstanceId(passcodeInstance).messages().singleResult();
	}

	private HttpApiClient device(Customer customer) {
		HttpApiClient device = new HttpApiClient("https://localhost:" + this.port,
				pki.valid(customer.getCustomerId()).sslContext(pki));
		device.get("/api/v1/reissues/info");
		return device;
	}

}
