package com.brokerage.passwordcenter.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.PostgresTest;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operator's day on PostgreSQL: the SMTP server is down, the passcode mail fails until
 * its retries run out and becomes an incident, the operator finds it by the application
 * id through the engine REST API (what Cockpit shows), SMTP comes back, the operator
 * retries, and the customer finishes the reissue. The job executor is off: the test is
 * the job executor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(TestCustomers.class)
class IncidentRetryOnPostgresTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "incident");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	/** Nothing listens here until the test "repairs" SMTP. */
	private static final int smtpPort = TestMail.freePort();

	private static GreenMail mail;

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		tls.register(registry);
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtpPort);
	}

	@AfterAll
	static void stop() {
		twilio.stop();
		if (mail != null) {
			mail.stop();
		}
	}

	@Test
	@DisplayName("SMTP down → incident visible by business key → SMTP back → retry → the reissue completes")
	void incidentRetryCompletesTheJourney() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		HttpApiClient device = new HttpApiClient(base(), pki.valid(customer.getCustomerId()).sslContext(pki));
		device.get("/api/v1/reissues/info");
		HttpResponse<String> started = device.post("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String id = JsonPath.read(started.body(), "$.applicationId");
		Integer accountId = JsonPath.read(started.body(), "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"EMAIL\"}");

		// the job executor's four tries (at once, then the retry schedule's three
		// intervals), all against a dead SMTP port
		ApplicationJobs jobs = new ApplicationJobs(this.runtime, this.management);
		Job send = jobs.messages(id).get(0);
		assertThat(send.getRetries()).isEqualTo(4);
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThatThrownBy(() -> this.management.executeJob(send.getId())).isNotNull();
		}

		// the operator searches the application id: the stuck instance and its incident
		String stuck = operator("GET", "/engine-rest/process-instance?businessKey=" + id + "&withIncident=true", null);
		// the reissue shows the incident of the passcode process it called, which holds
		// the
		// failed job
		List<String> definitions = JsonPath.read(stuck, "$[*].definitionId");
		assertThat(definitions).hasSize(2)
			.anyMatch((definition) -> definition.startsWith("reissue-with-certificate:"))
			.anyMatch((definition) -> definition.startsWith(PasscodeProcess.PROCESS_ID + ":"));
		String instanceId = JsonPath
			.<List<String>>read(stuck, "$[?(@.definitionId =~ /^" + PasscodeProcess.PROCESS_ID + ":.*/)].id")
			.get(0);
		String incidents = operator("GET", "/engine-rest/incident?processInstanceId=" + instanceId, null);
		assertThat(JsonPath.<List<String>>read(incidents, "$[*].activityId"))
			.containsExactly(PasscodeProcess.TASK_SEND);
		assertThat(JsonPath.<List<String>>read(incidents, "$[*].incidentType")).containsExactly("failedJob");
		assertThat(incidents).doesNotContain("test@example.com");
		Incident incident = this.runtime.createIncidentQuery().processInstanceId(instanceId).singleResult();
		assertThat(incident.getConfiguration()).isEqualTo(send.getId());
		assertThat(JsonPath.<String>read(device.get("/api/v1/reissues/" + id).body(), "$.step"))
			.isEqualTo("PROCESSING");

		// SMTP is back; "Retry" in Cockpit gives the job a retry, the job executor runs
		// it
		mail = TestMail.start(smtpPort);
		operator("PUT", "/engine-rest/job/" + send.getId() + "/retries", "{\"retries\":1}");
		this.management.executeJob(send.getId());
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instanceId).count()).isZero();

		String passcode = passcodeIn(mail.getReceivedMessages());
		HttpResponse<String> verified = device.post("/api/v1/reissues/" + id + "/passcode",
				"{\"passcode\":\"" + passcode + "\"}");
		assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
		String initial = JsonPath.read(verified.body(), "$.initialPassword");
		assertThat(device
			.post("/api/v1/reissues/" + id + "/password",
					"{\"initialPassword\":\"%s\",\"newPassword\":\"Brand1234\",\"confirmation\":\"Brand1234\"}"
						.formatted(initial))
			.statusCode()).isEqualTo(200);
		jobs.executeMessages(id);
		assertThat(JsonPath.<String>read(device.get("/api/v1/reissues/" + id).body(), "$.status"))
			.isEqualTo("COMPLETED");
		assertThat(device.login(customer.getCustomerId(), "Brand1234").statusCode()).isEqualTo(200);
	}

	/** The engine REST API as Cockpit's operator: HTTP Basic, group camunda-admin. */
	private String operator(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("operator:operator-test".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = HttpClient.newBuilder()
			.sslContext(pki.sslContext())
			.build()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
		return response.body();
	}

	private static String passcodeIn(MimeMessage[] messages) {
		assertThat(messages).hasSize(1);
		Matcher code = Pattern.compile("(?<![0-9])([0-9]{7})(?![0-9])")
			.matcher(GreenMailUtil.getWholeMessage(messages[0]));
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private String base() {
		return "https://localhost:" + this.port;
	}

}
