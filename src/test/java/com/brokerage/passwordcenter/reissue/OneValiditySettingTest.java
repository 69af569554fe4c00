package com.brokerage.passwordcenter.reissue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table cell per duration: with only the passcode table's validity (and the reissue
 * limits table's link validity) changed, to sub-minute and odd values, the timer, the
 * check, the countdown and the texts of SMS and mail all follow. The journey starts over
 * the HTTP API, the mail goes through SMTP into GreenMail, the SMS through the Twilio SDK
 * into WireMock; its language is the one of the starting request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class OneValiditySettingTest {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static FakeTwilio twilio = new FakeTwilio().start();

	@DynamicPropertySource
	static void outsideServices(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ReissueJourney journey;

	@Autowired
	ReissueLinkSteps linkSteps;

	@Autowired
	ReissueCredentialSteps credentials;

	@Autowired
	MutableClock clock;

	@Autowired
	RepositoryService repository;

	@BeforeEach
	void editTables() {
		PolicyEdits.deploy(this.repository, PolicyTable.PASSCODE, "<text>\"PT5M\"</text>", "<text>\"PT40S\"</text>");
		PolicyEdits.deploy(this.repository, PolicyTable.REISSUE_LIMITS, "<text>\"PT24H\"</text>",
				"<text>\"PT90S\"</text>");
	}

	@AfterEach
	void restoreTables() {
		PolicyEdits.restore(this.repository, PolicyTable.PASSCODE);
		PolicyEdits.restore(this.repository, PolicyTable.REISSUE_LIMITS);
	}

	@BeforeEach
	void reset() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		twilio.accept();
		twilio.forgetSent();
		// the engine's timers run on real time: the application's clock starts there
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	@DisplayName("R-REISSUE-6/7: the passcode table's validity PT40S alone sets the timer, the check, the countdown and the SMS "
			+ "(\"40秒\", never \"0分鐘\"); link-validity PT90S the link timer and the mail (\"1分鐘30秒\"), zh-TW by default")
	void oneSettingEach() throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		String id = start(new ApiClient(this.mvc), customer);
		this.journey.chooseAccount(id, this.testCustomers.accounts(customer).get(0).getId());

		jobs().execute(jobs().at(id, ReissueProcess.TASK_SEND_LINK_EMAIL));
		String mail = mailText();
		assertThat(mail).contains("請您於1分鐘30秒內點開下方連結");
		// the event-based gateway waits; the timer's job belongs to the timer event
		Job linkTimer = this.management.createJobQuery()
			.processInstanceId(instance(id))
			.activityId(ReissueProcess.TIMER_LINK_EXPIRED)
			.singleResult();
		assertThat(Duration.between(linkTimer.getCreateTime().toInstant(), linkTimer.getDuedate().toInstant()))
			.isCloseTo(Duration.ofSeconds(90), Duration.ofSeconds(1));

		this.linkSteps.open(token(mail));
		this.linkSteps.requestPasscode(id);
		jobs().execute(jobs().at(id, PasscodeProcess.TASK_SEND));
		assertThat(onlySms()).contains("請於申請後40秒內完成驗證").doesNotContain("0分鐘");
		Job passcodeTimer = jobs().passcodeTimer(id);
		assertThat(Duration.between(passcodeTimer.getCreateTime().toInstant(), passcodeTimer.getDuedate().toInstant()))
			.isCloseTo(Duration.ofSeconds(40), Duration.ofSeconds(1));
		assertThat(this.journey.view(id).passcode().secondsUntilExpiry()).isEqualTo(40);

		this.clock.advance(Duration.ofSeconds(41));
		assertThat(this.journey.view(id).passcode().secondsUntilExpiry()).isZero();
		assertThat(this.credentials.verifyPasscode(id, code(onlySms())).refusal())
			.isEqualTo(ErrorCode.PASSCODE_EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-6/7: a reissue started in English mails and texts in English, the durations in English words")
	void englishJourney() throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		String id = start(new ApiClient(this.mvc).english(), customer);
		assertThat(this.runtime.getVariable(instance(id), "locale")).isEqualTo("en");
		this.journey.chooseAccount(id, this.testCustomers.accounts(customer).get(0).getId());

		jobs().execute(jobs().at(id, ReissueProcess.TASK_SEND_LINK_EMAIL));
		MimeMessage message = greenMail.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("KGI Securities online reissue without certificate");
		String mail = mailText();
		assertThat(mail).contains("Within 1 minute 30 seconds, open the link below")
			.contains("Dear 測試客戶,")
			.contains("Mon–Fri 08:00–18:00")
			.doesNotContain("週一");

		this.linkSteps.open(token(mail));
		this.linkSteps.requestPasscode(id);
		jobs().execute(jobs().at(id, PasscodeProcess.TASK_SEND));
		assertThat(onlySms()).startsWith("KGI Securities online reissue: your SMS passcode is ")
			.contains("Verify it within 40 seconds of the application");
	}

	/** Step 1 over the API, as a browser without a device certificate sends it. */
	private String start(ApiClient client, Customer customer) {
		client.overTls().get("/api/v1/reissues/info");
		MockHttpServletResponse started = client.post("/api/v1/reissues",
				"{\"nationalId\":\"" + customer.getCustomerId() + "\",\"birthDate\":\"19900215\"}");
		assertThat(started.getStatus()).isEqualTo(201);
		return read(started, "$.applicationId");
	}

	private String instance(String id) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey(ReissueProcess.WITHOUT_CERTIFICATE)
			.singleResult()
			.getId();
	}

	private ApplicationJobs jobs() {
		return new ApplicationJobs(this.runtime, this.management);
	}

	private static String read(MockHttpServletResponse response, String path) {
		try {
			return JsonPath.read(response.getContentAsString(), path);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part of the one mail (signed → alternative → plain). */
	private static String mailText() throws Exception {
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMultipart signed = (MimeMultipart) received[0].getContent();
		MimeMultipart alternative = (MimeMultipart) signed.getBodyPart(0).getContent();
		return (String) alternative.getBodyPart(0).getContent();
	}

	private static String token(String mail) {
		Matcher token = TOKEN.matcher(mail);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String onlySms() {
		List<LoggedRequest> sent = twilio.sent();
		assertThat(sent).hasSize(1);
		return sent.get(0).formParameters().get("Body").firstValue();
	}

	private static String code(String sms) {
		Matcher code = Pattern.compile("(\\d{7})").matcher(sms);
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

}
