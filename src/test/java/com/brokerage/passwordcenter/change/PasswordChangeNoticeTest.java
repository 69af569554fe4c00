package com.brokerage.passwordcenter.change;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code bpmn/password-change.bpmn} with real parts: the change over the HTTP API, the
 * mail through SMTP into GreenMail, the SMS through the Twilio SDK into a WireMock that
 * can fail, the jobs executed by hand as the job executor would. A committed change, and
 * only a committed one, is notified: per channel, with what changed and when.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class PasswordChangeNoticeTest {

	// 2026-12-01 10:03:07 in Taipei
	private static final Instant CHANGED_AT = Instant.parse("2026-12-01T02:03:07Z");

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
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	MutableClock clock;

	private ApiClient client;

	@BeforeEach
	void reset() throws Exception {
		init(this.engine);
		greenMail.purgeEmailFromAllMailboxes();
		twilio.accept();
		twilio.forgetSent();
		this.clock.set(CHANGED_AT);
	}

	@Test
	@DisplayName("R-CHANGE-1: a change of the login password notifies by mail and by SMS, each its own job, naming the "
			+ "login and voice passwords")
	void loginChangeIsNotified() throws Exception {
		Customer customer = loggedIn("Before123", null);
		assertThat(changeLogin(this.client).getStatus()).isEqualTo(200);

		ProcessInstance notice = instanceFor(customer);
		assertThat(notice).isWaitingAt(ChangeNoticeProcess.TASK_NOTIFY_BY_EMAIL,
				ChangeNoticeProcess.TASK_NOTIFY_BY_SMS);
		assertThat(job(notice, ChangeNoticeProcess.TASK_NOTIFY_BY_EMAIL).getRetries()).isEqualTo(4);
		assertThat(job(notice, ChangeNoticeProcess.TASK_NOTIFY_BY_SMS).getRetries()).isEqualTo(4);
		runAll(notice);

		assertThat(mailText()).contains("您的電子登入密碼及語音密碼已於2026/12/01 10:03:07變更成功");
		assertThat(onlySms()).contains("您的電子登入密碼及語音密碼已於2026/12/01 10:03變更成功");
		assertThat(notice).isEnded().hasPassed("Task_NotifyByEmail", "Task_NotifyBySms", "End_Notified");
	}

	@Test
	@DisplayName("R-CHANGE-3: a withdrawal-only change sends the withdrawal notice, never the login password's")
	void withdrawalOnlyChange() throws Exception {
		Customer customer = loggedIn("Before123", "wd1234");
		String body = "{\"withdrawal\":{\"oldWithdrawalPassword\":\"wd1234\",\"newWithdrawalPassword\":\"Wd5678\","
				+ "\"withdrawalConfirmation\":\"Wd5678\"}}";
		assertThat(this.client.post("/api/v1/me/password", body).getStatus()).isEqualTo(200);

		ProcessInstance notice = instanceFor(customer);
		runAll(notice);
		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("凱基證券網路出金密碼變更通知");
		assertThat(mailText()).contains("您的網路出金密碼已於2026/12/01 10:03:07變更成功").doesNotContain("電子登入密碼");
		assertThat(onlySms()).isEqualTo("凱基證券通知：您的網路出金密碼已於2026/12/01 10:03變更成功。若非本人操作，請立即洽客服專線0800-085-005。");
		assertThat(notice).isEnded().hasPassed("End_Notified");
	}

	@Test
	@DisplayName("R-OPS-4: a failed SMS is retried alone — the email is not sent again — and the retried notice states "
			+ "the moment of the change, not of the retry")
	void smsFailureRetriesOnlyTheSms() throws Exception {
		Customer customer = loggedIn("Before123", null);
		assertThat(changeLogin(this.client).getStatus()).isEqualTo(200);
		ProcessInstance notice = instanceFor(customer);

		this.management.executeJob(job(notice, ChangeNoticeProcess.TASK_NOTIFY_BY_EMAIL).getId());
		assertThat(greenMail.getReceivedMessages()).hasSize(1);

		twilio.fail();
		Job sms = job(notice, ChangeNoticeProcess.TASK_NOTIFY_BY_SMS);
		assertThatThrownBy(() -> this.management.executeJob(sms.getId())).hasMessageContaining("SMS password-changed");
		assertThat(job(notice, ChangeNoticeProcess.TASK_NOTIFY_BY_SMS).getRetries()).isEqualTo(3);
		int refused = twilio.sent().size();

		// the operator fixes the gateway 17 minutes later; the retry runs then
		this.clock.advance(Duration.ofMinutes(17));
		twilio.accept();
		runAll(notice);

		assertThat(greenMail.getReceivedMessages()).as("the email went once").hasSize(1);
		assertThat(twilio.sent()).as("one accepted SMS after the refused tries").hasSize(refused + 1);
		assertThat(lastSms()).contains("已於2026/12/01 10:03變更成功").doesNotContain("10:20");
		assertThat(notice).isEnded().hasPassed("End_Notified");
	}

	@Test
	@DisplayName("R-CHANGE-1: a journey started in English gets English notices, with English opening hours")
	void englishJourneyEnglishNotices() throws Exception {
		Customer customer = loggedIn("Before123", null);
		this.client.english();
		assertThat(changeLogin(this.client).getStatus()).isEqualTo(200);
		ProcessInstance notice = instanceFor(customer);
		assertThat(notice).variables().containsEntry("locale", "en");
		runAll(notice);

		assertThat(onlyMail().getSubject())
			.isEqualTo("KGI Securities: your web login password and voice password changed");
		assertThat(mailText())
			.contains("This was changed on 2026/12/01 10:03:07 (Taiwan time): your web login password "
					+ "and voice password.")
			.contains("Mon–Fri 08:00–18:00")
			.doesNotContain("週一");
		assertThat(onlySms()).isEqualTo("KGI Securities: your web login password and voice password changed on "
				+ "2026/12/01 10:03 (Taiwan time). If that was not you, call customer service on 0800-085-005 at once.");
	}

	@Test
	@DisplayName("a refused change (wrong old password) starts no notice")
	void refusedChangeIsNotNotified() throws Exception {
		Customer customer = loggedIn("Before123", null);
		assertThat(this.client
			.post("/api/v1/me/password",
					"{\"oldPassword\":\"Wrong1234\",\"newPassword\":\"After1234\",\"confirmation\":\"After1234\"}")
			.getStatus()).isEqualTo(400);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ChangeNoticeProcess.PROCESS_ID)
			.variableValueEquals(ChangeNoticeProcess.VAR_CUSTOMER_REF, customer.getId())
			.count()).isZero();
	}

	private Customer loggedIn(String password, String withdrawal) throws Exception {
		Customer customer = this.testCustomers.unified(password);
		if (withdrawal != null) {
			this.testCustomers.withdrawalPassword(customer, withdrawal);
		}
		this.client = new ApiClient(this.mvc);
		assertThat(this.client.login(customer.getCustomerId(), password).getStatus()).isEqualTo(200);
		return customer;
	}

	private static MockHttpServletResponse changeLogin(ApiClient client) {
		return client.post("/api/v1/me/password",
				"{\"oldPassword\":\"Before123\",\"newPassword\":\"After1234\",\"confirmation\":\"After1234\"}");
	}

	private ProcessInstance instanceFor(Customer customer) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ChangeNoticeProcess.PROCESS_ID)
			.variableValueEquals(ChangeNoticeProcess.VAR_CUSTOMER_REF, customer.getId())
			.singleResult();
	}

	private Job job(ProcessInstance instance, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	/** What the job executor does: every due job of the instance until none is left. */
	private void runAll(ProcessInstance instance) {
		for (int round = 0; round < 5; round++) {
			List<Job> jobs = this.management.createJobQuery().processInstanceId(instance.getId()).list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
		throw new AssertionError("jobs left after 5 rounds");
	}

	private static MimeMessage onlyMail() {
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	/** The plain-text part of the one mail, decoded (signed → alternative → plain). */
	private static String mailText() throws Exception {
		MimeMultipart signed = (MimeMultipart) onlyMail().getContent();
		MimeMultipart alternative = (MimeMultipart) signed.getBodyPart(0).getContent();
		return (String) alternative.getBodyPart(0).getContent();
	}

	private static String onlySms() {
		assertThat(twilio.sent()).hasSize(1);
		return lastSms();
	}

	private static String lastSms() {
		List<LoggedRequest> sent = twilio.sent();
		return sent.get(sent.size() - 1).formParameters().get("Body").firstValue();
	}

}
