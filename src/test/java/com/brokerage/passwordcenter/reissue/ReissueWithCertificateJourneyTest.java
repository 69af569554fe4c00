package com.brokerage.passwordcenter.reissue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.EngineSecretScan;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
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
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole journey of issue 4 as a customer's device runs it: real HTTPS with a client
 * certificate made here, the passcode read from what the Twilio SDK really sent
 * (WireMock) or what really arrived by mail (GreenMail), then a login with the new
 * password. The job executor is off: the test executes the async jobs itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
@ExtendWith(OutputCaptureExtension.class)
class ReissueWithCertificateJourneyTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestPki.Issued revoked = pki.valid("A123456789");

	private static final TestServerTls tls = TestServerTls.writeWithCrl(pki, "reissue-journey", revoked.certificate());

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static final GreenMail mail = TestMail.start();

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		tls.register(registry);
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		twilio.stop();
		mail.stop();
	}

	@Test
	@DisplayName("R-REISSUE-3/4/9/10/11, R-PWD-6: valid certificate → SMS passcode → initial password → new password → login")
	void wholeJourneyBySms(CapturedOutput output) throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		HttpApiClient device = device(customer);

		String started = created(device.post("/api/v1/reissues", start(customer)));
		String id = JsonPath.read(started, "$.applicationId");
		assertThat((String) JsonPath.read(started, "$.path")).isEqualTo("WITH_CERTIFICATE");
		Integer accountId = JsonPath.read(started, "$.accounts[0].accountId");

		assertThat(step(device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}")))
			.isEqualTo("CHOOSE_CHANNEL");
		assertThat(step(device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}")))
			.isEqualTo("PROCESSING");
		executeAsyncJobs(id);

		String passcode = twilio.lastPasscode();
		assertThat(twilio.sent().get(twilio.sent().size() - 1).formParameters().get("To").firstValue())
			.isEqualTo("+886912345678");
		HttpResponse<String> verified = device.post("/api/v1/reissues/" + id + "/passcode",
				"{\"passcode\":\"" + passcode + "\"}");
		assertThat(verified.statusCode()).isEqualTo(200);
		String initialPassword = JsonPath.read(verified.body(), "$.initialPassword");
		assertThat((String) JsonPath.read(verified.body(), "$.step")).isEqualTo("SET_NEW_PASSWORD");

		// R-PWD-6: a common password is refused by the new-password field
		HttpResponse<String> common = device.post("/api/v1/reissues/" + id + "/password",
				"{\"initialPassword\":\"%s\",\"newPassword\":\"Password1\",\"confirmation\":\"Password1\"}"
					.formatted(initialPassword));
		assertThat(common.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(common.body(), "$.code")).isEqualTo("PASSWORD_TOO_COMMON");
		assertThat((String) JsonPath.read(common.body(), "$.field")).isEqualTo("newPassword");
		HttpResponse<String> changed = device.post("/api/v1/reissues/" + id + "/password",
				"{\"initialPassword\":\"%s\",\"newPassword\":\"Brand1234\",\"confirmation\":\"Brand1234\"}"
					.formatted(initialPassword));
		assertThat(changed.statusCode()).isEqualTo(200);
		executeAsyncJobs(id);
		assertThat((String) JsonPath.read(device.get("/api/v1/reissues/" + id).body(), "$.status"))
			.isEqualTo("COMPLETED");
		assertThat(mail.getReceivedMessages()).anySatisfy((message) -> assertThat(message.getSubject()).contains("密碼"));

		// R-REISSUE-11, R-LOGIN-5: the lock is gone and the new password opens the
		// session
		assertThat(device.login(customer.getCustomerId(), "Brand1234").statusCode()).isEqualTo(200);

		// R-PWD-5: none of the secrets of this journey is in the engine's tables or the
		// log
		assertThat(EngineSecretScan.find(this.jdbc, passcode, initialPassword, "Brand1234")).isEmpty();
		assertThat(output.getAll()).doesNotContain(passcode, initialPassword, "Brand1234");
	}

	@Test
	@DisplayName("operators: a failing SMS send is retried, becomes an incident, and a retry from Cockpit finishes it")
	void failedSendBecomesIncidentAndRetryHeals() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		HttpApiClient device = device(customer);
		String started = created(device.post("/api/v1/reissues", start(customer)));
		String id = JsonPath.read(started, "$.applicationId");
		Integer accountId = JsonPath.read(started, "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}");
		twilio.fail();
		try {
			Job send = sendJob(id);
			assertThat(send.getRetries()).isEqualTo(3);
			for (int attempt = 0; attempt < 3; attempt++) {
				assertThatThrownBy(() -> this.management.executeJob(send.getId())).isNotNull();
			}
			Incident incident = this.runtime.createIncidentQuery()
				.processInstanceId(send.getProcessInstanceId())
				.singleResult();
			assertThat(incident).isNotNull();
			assertThat(incident.getIncidentMessage()).doesNotContain("0912345678", "912345678");
		}
		finally {
			twilio.accept();
		}
		// what "retry" in Cockpit does: give the job a retry; the job executor (here: the
		// test) runs it
		Job failed = sendJob(id);
		this.management.setJobRetries(failed.getId(), 1);
		this.management.executeJob(failed.getId());
		assertThat(this.runtime.createIncidentQuery().processInstanceId(failed.getProcessInstanceId()).count())
			.isZero();
		assertThat(step(device.get("/api/v1/reissues/" + id))).isEqualTo("ENTER_PASSCODE");
		HttpResponse<String> verified = device.post("/api/v1/reissues/" + id + "/passcode",
				"{\"passcode\":\"" + twilio.lastPasscode() + "\"}");
		assertThat(verified.statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-REISSUE-4: the customer may pick email instead; the passcode arrives in a signed mail")
	void passcodeByEmail() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		HttpApiClient device = device(customer);
		String started = created(device.post("/api/v1/reissues", start(customer)));
		String id = JsonPath.read(started, "$.applicationId");
		Integer accountId = JsonPath.read(started, "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + accountId + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"EMAIL\"}");
		int before = mail.getReceivedMessages().length;
		executeAsyncJobs(id);
		MimeMessage[] messages = mail.getReceivedMessages();
		assertThat(messages).hasSize(before + 1);
		Matcher code = Pattern.compile("(?<![0-9])([0-9]{7})(?![0-9])")
			.matcher(GreenMailUtil.getWholeMessage(messages[messages.length - 1]));
		assertThat(code.find()).isTrue();
		HttpResponse<String> verified = device.post("/api/v1/reissues/" + id + "/passcode",
				"{\"passcode\":\"" + code.group(1) + "\"}");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(verified.body(), "$.initialPassword")).hasSize(10);
	}

	@Test
	@DisplayName("R-REISSUE-3: expired, revoked and other-customer certificates go the no-certificate way")
	void invalidCertificatesTakeTheOtherPath() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		for (TestPki.Issued certificate : new TestPki.Issued[] { pki.expired(customer.getCustomerId()),
				pki.valid(TestIds.nationalId()), revoked }) {
			HttpApiClient device = new HttpApiClient(base(), certificate.sslContext(pki));
			device.get("/api/v1/reissues/info");
			String started = created(device.post("/api/v1/reissues", start(customer)));
			assertThat((String) JsonPath.read(started, "$.path")).isEqualTo("WITHOUT_CERTIFICATE");
		}
	}

	private HttpApiClient device(Customer customer) {
		HttpApiClient device = new HttpApiClient(base(), pki.valid(customer.getCustomerId()).sslContext(pki));
		device.get("/api/v1/reissues/info");
		return device;
	}

	private Job sendJob(String applicationId) {
		String passcodeInstance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey("passcode")
			.singleResult()
			.getId();
		return this.management.createJobQuery().processInstanceId(passcodeInstance).singleResult();
	}

	private void executeAsyncJobs(String applicationId) {
		this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.list()
			.forEach((instance) -> {
				for (Job job : this.management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
					this.management.executeJob(job.getId());
				}
			});
	}

	private String base() {
		return "https://localhost:" + this.port;
	}

	private static String start(Customer customer) {
		return "{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId());
	}

	private static String created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response.body();
	}

	private static String step(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.step");
	}

}
