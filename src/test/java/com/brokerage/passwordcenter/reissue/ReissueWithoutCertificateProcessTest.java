package com.brokerage.passwordcenter.reissue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.password.KeyedHasher;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Every path through {@code bpmn/reissue-without-certificate.bpmn} (and the called
 * {@code bpmn/passcode.bpmn}), driven through the same services the API uses; jobs and
 * timers are executed by hand, never waited for.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class ReissueWithoutCertificateProcessTest {

	private static final String PASSWORD = "Forgot123";

	private static final String LINK_PREFIX = "/reissue/link?token=";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ReissueApplicationRepository applications;

	@Autowired
	ReissueJourney journey;

	@Autowired
	ReissueLinkSteps linkSteps;

	@Autowired
	ReissueCredentialSteps credentials;

	@Autowired
	KeyedHasher keyedHasher;

	@Autowired
	MutableClock clock;

	@MockitoBean
	ReissueLinkNotifier linkNotifier;

	@MockitoBean
	PasscodeSender passcodeSender;

	@MockitoBean
	PasswordChangedNotifier changedNotifier;

	Customer customer;

	String id;

	ProcessInstance instance;

	@BeforeEach
	void customer() {
		init(this.engine);
		this.customer = this.testCustomers.split(PASSWORD, "Other1234");
		this.testCustomers.lock(this.customer);
	}

	@Test
	@DisplayName("R-REISSUE-5..11: account, emailed link, SMS passcode, initial password, new password; lock cleared")
	void successPath() {
		start();
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_CHOOSE_ACCOUNT)
			.hasPassed(ReissueProcess.TASK_CHECK_CONTACTS)
			.variables()
			.containsEntry(ReissueProcess.VAR_CONTACTS_ON_FILE, true);
		this.journey.chooseAccount(this.id, firstAccountId());
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_SEND_LINK_EMAIL);
		assertThat(this.journey.view(this.id).step()).isEqualTo(ReissueStep.WAITING_FOR_LINK);

		String token = sendLink();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.applications.findById(this.id).orElseThrow().getLinkTokenHash())
			.isEqualTo(this.keyedHasher.hash(token));
		assertThat(this.instance).isWaitingAt("Gateway_WaitForLink");

		this.linkSteps.open(token);
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_REQUEST_PASSCODE)
			.hasPassed(ReissueProcess.EVENT_LINK_OPENED);
		assertThat(this.journey.view(this.id).step()).isEqualTo(ReissueStep.REQUEST_PASSCODE);

		this.linkSteps.requestPasscode(this.id);
		String code = sendPasscode();
		ArgumentCaptor<PasscodeRecipient> recipient = ArgumentCaptor.forClass(PasscodeRecipient.class);
		verify(this.passcodeSender).send(recipient.capture(), eq(code), any(), any());
		assertThat(recipient.getValue()).isEqualTo(new PasscodeRecipient(PasscodeChannel.SMS, "0912345678"));

		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(this.id, code);
		assertThat(outcome.refusal()).isNull();
		assertThat(outcome.initialPassword()).matches("[A-Za-z0-9]{10}");
		this.credentials.setNewPassword(this.id, outcome.initialPassword(), "NewPass123", "NewPass123");
		Customer after = this.testCustomers.reload(this.customer);
		assertThat(after.isLocked()).isFalse();
		assertThat(after.getFailedLogins()).isZero();

		jobs().executeNotices(this.id);
		verify(this.changedNotifier).byEmail(any(), any(), any());
		verify(this.changedNotifier).bySms(any(), any());
		assertThat(this.instance).isEnded().hasPassed("End_PasswordReissued");
		assertThat(status()).isEqualTo(ReissueStatus.COMPLETED);
		assertRefused(() -> this.linkSteps.open(token), ErrorCode.LINK_USED);
	}

	@Test
	@DisplayName("R-REISSUE-6/8: a link not opened within PT24H ends the application (timer job executed)")
	void linkExpires() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		String token = sendLink();
		Job timer = this.management.createJobQuery()
			.timers()
			.processInstanceId(this.instance.getId())
			.activityId(ReissueProcess.TIMER_LINK_EXPIRED)
			.singleResult();
		assertThat(Duration.between(timer.getCreateTime().toInstant(), timer.getDuedate().toInstant()))
			.as("the engine stamps the creation a millisecond after computing the due date")
			.isCloseTo(Duration.ofHours(24), Duration.ofSeconds(1));
		execute(timer);
		assertThat(this.instance).isEnded().hasPassed("End_LinkExpired");
		assertThat(status()).isEqualTo(ReissueStatus.LINK_EXPIRED);
		assertRefused(() -> this.linkSteps.open(token), ErrorCode.LINK_EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-6: after 24 h the link says expired even before the job executor fires the timer")
	void linkExpiredBeforeTimerFires() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		String token = sendLink();
		Job timer = this.management.createJobQuery()
			.processInstanceId(this.instance.getId())
			.activityId(ReissueProcess.TIMER_LINK_EXPIRED)
			.singleResult();
		this.clock.set(timer.getDuedate().toInstant().plusSeconds(1));
		assertRefused(() -> this.linkSteps.open(token), ErrorCode.LINK_EXPIRED);
		assertThat(this.instance).isWaitingAt("Gateway_WaitForLink");
	}

	@Test
	@DisplayName("R-REISSUE-6: malformed and unknown tokens get the same LINK_INVALID")
	void unknownToken() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		sendLink();
		assertRefused(() -> this.linkSteps.open("not-a-token"), ErrorCode.LINK_INVALID);
		assertRefused(() -> this.linkSteps.open(null), ErrorCode.LINK_INVALID);
		assertRefused(() -> this.linkSteps.open(LinkToken.generate()), ErrorCode.LINK_INVALID);
		assertThat(this.instance).isWaitingAt("Gateway_WaitForLink");
	}

	@Test
	@DisplayName("R-REISSUE-6: a failed mail rolls the token back; the retry mails a new one, and only that one works")
	void retriedSendMakesNewToken() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		doThrow(new IllegalStateException("SMTP down")).when(this.linkNotifier)
			.sendReissueLink(anyString(), any(), any(), anyString(), any(), any());
		Job job = jobAt(ReissueProcess.TASK_SEND_LINK_EMAIL);
		assertThatThrownBy(() -> execute(job)).isInstanceOf(IllegalStateException.class);
		assertThat(this.applications.findById(this.id).orElseThrow().getLinkTokenHash()).isNull();
		assertThat(this.management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
		String first = capturedToken();

		org.mockito.Mockito.reset(this.linkNotifier);
		execute(job);
		String second = capturedToken();
		assertThat(second).isNotEqualTo(first);
		assertRefused(() -> this.linkSteps.open(first), ErrorCode.LINK_INVALID);
		this.linkSteps.open(second);
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_REQUEST_PASSCODE);
	}

	@Test
	@DisplayName("R-REISSUE-8: a passcode not verified within PT5M ends the application (timer job executed)")
	void passcodeExpires() {
		walkToPasscode();
		sendPasscode();
		Job timer = jobs().passcodeTimer(this.id);
		assertThat(Duration.between(timer.getCreateTime().toInstant(), timer.getDuedate().toInstant()))
			.isCloseTo(Duration.ofMinutes(5), Duration.ofSeconds(1));
		execute(timer);
		assertThat(this.instance).isEnded().hasPassed("End_PasscodeExpired");
		assertThat(status()).isEqualTo(ReissueStatus.PASSCODE_EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-8: five wrong entries void the passcode and end the application")
	void fiveWrongEntries() {
		walkToPasscode();
		String code = sendPasscode();
		String wrong = code.equals("0000000") ? "1111111" : "0000000";
		for (int left = 4; left >= 1; left--) {
			ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(this.id, wrong);
			assertThat(outcome.refusal()).isEqualTo(ErrorCode.PASSCODE_WRONG);
			assertThat(outcome.attemptsLeft()).isEqualTo(left);
		}
		assertThat(this.credentials.verifyPasscode(this.id, wrong).refusal()).isEqualTo(ErrorCode.PASSCODE_VOIDED);
		assertThat(this.instance).isEnded().hasPassed("End_PasscodeVoided");
		assertThat(status()).isEqualTo(ReissueStatus.PASSCODE_VOIDED);
		assertRefused(() -> this.credentials.verifyPasscode(this.id, code), ErrorCode.REISSUE_ENDED);
	}

	@Test
	@DisplayName("R-REISSUE-7/8: resend only after the 120 s countdown; the resent code voids the old one")
	void resendAfterCooldown() {
		walkToPasscode();
		String first = sendPasscode();
		// the database keeps microseconds: just sent, 119 or 120 seconds remain
		assertThat(this.journey.view(this.id).passcode().secondsUntilResend()).isBetween(119L, 120L);
		assertRefused(() -> this.credentials.resendPasscode(this.id), ErrorCode.PASSCODE_RESEND_TOO_EARLY);
		this.clock.advance(Duration.ofSeconds(121));
		this.credentials.resendPasscode(this.id);
		String second = sendPasscode();
		if (!second.equals(first)) {
			assertThat(this.credentials.verifyPasscode(this.id, first).refusal()).isEqualTo(ErrorCode.PASSCODE_WRONG);
		}
		assertThat(this.credentials.verifyPasscode(this.id, second).refusal()).isNull();
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_SET_NEW_PASSWORD);
	}

	@Test
	@DisplayName("R-REISSUE-7: the resend cooldown is exact — a resend 119.04 s after the send waits 1 s more; at 120 s it goes")
	void resendCooldownIsExact() {
		// a whole second, so 119.04 s later is exactly that (other tests move the clock)
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		walkToPasscode();
		sendPasscode();
		this.clock.advance(Duration.ofMillis(119_040));
		assertThat(this.journey.view(this.id).passcode().secondsUntilResend()).isEqualTo(1);
		assertThatThrownBy(() -> this.credentials.resendPasscode(this.id)).isInstanceOf(ApiException.class)
			.satisfies((ex) -> {
				assertThat(((ApiException) ex).code()).isEqualTo(ErrorCode.PASSCODE_RESEND_TOO_EARLY);
				assertThat(((ApiException) ex).arguments()).containsExactly(1L);
			});
		this.clock.advance(Duration.ofMillis(960));
		assertThat(this.journey.view(this.id).passcode().secondsUntilResend()).isZero();
		this.credentials.resendPasscode(this.id);
		assertThat(jobAt(PasscodeProcess.TASK_SEND)).as("a new passcode is being sent").isNotNull();
	}

	@Test
	@DisplayName("R-REISSUE-5: no mobile on file ends at once with \"data incorrect\"")
	void missingMobile() {
		this.testCustomers.contacts(this.customer, null, "test@example.com");
		start();
		assertThat(this.instance).isEnded().hasPassed("End_DataIncorrect");
		assertThat(status()).isEqualTo(ReissueStatus.DATA_INCORRECT);
		verify(this.linkNotifier, never()).sendReissueLink(any(), any(), any(), any(), any(), any());
	}

	@Test
	@DisplayName("R-REISSUE-5: no email on file ends at once with \"data incorrect\"")
	void missingEmail() {
		this.testCustomers.contacts(this.customer, "0912345678", null);
		start();
		assertThat(this.instance).isEnded().hasPassed("End_DataIncorrect");
		assertThat(status()).isEqualTo(ReissueStatus.DATA_INCORRECT);
	}

	@Test
	@DisplayName("the customer may cancel while the link is out; the link then answers LINK_INVALID")
	void cancelWhileWaitingForLink() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		String token = sendLink();
		this.journey.cancel(this.id);
		assertThat(this.instance).isEnded().hasPassed("End_Cancelled");
		assertThat(status()).isEqualTo(ReissueStatus.CANCELLED);
		assertRefused(() -> this.linkSteps.open(token), ErrorCode.LINK_INVALID);
	}

	@Test
	@DisplayName("a link page left without \"get temporary passcode\" ends the application when its timer fires")
	void requestPasscodeAbandoned() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		this.linkSteps.open(sendLink());
		execute(this.management.createJobQuery()
			.timers()
			.processInstanceId(this.instance.getId())
			.activityId("Timer_RequestPasscodeAbandoned")
			.singleResult());
		assertThat(this.instance).isEnded().hasPassed("End_Abandoned");
		assertThat(status()).isEqualTo(ReissueStatus.ABANDONED);
	}

	@Test
	@DisplayName("R-REISSUE-7: \"get temporary passcode\" before the link is opened is refused with 409")
	void passcodeBeforeLink() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		sendLink();
		assertRefused(() -> this.linkSteps.requestPasscode(this.id), ErrorCode.REISSUE_STEP_CONFLICT);
	}

	private void start() {
		this.id = UUID.randomUUID().toString();
		this.applications.save(new ReissueApplication(this.id, this.customer.getId(), ReissuePath.WITHOUT_CERTIFICATE,
				this.clock.instant(), LocalDate.now(this.clock)));
		this.instance = this.runtime.startProcessInstanceByKey(ReissueProcess.WITHOUT_CERTIFICATE, this.id,
				Map.of(ReissueProcess.VAR_APPLICATION_ID, this.id));
	}

	private void walkToPasscode() {
		start();
		this.journey.chooseAccount(this.id, firstAccountId());
		this.linkSteps.open(sendLink());
		this.linkSteps.requestPasscode(this.id);
	}

	/** Executes the mail job and returns the token of the link it mailed. */
	private String sendLink() {
		execute(jobAt(ReissueProcess.TASK_SEND_LINK_EMAIL));
		return capturedToken();
	}

	private String capturedToken() {
		ArgumentCaptor<String> path = ArgumentCaptor.forClass(String.class);
		verify(this.linkNotifier, atLeastOnce()).sendReissueLink(eq("test@example.com"), eq("測試客戶"), any(),
				path.capture(), any(), any());
		assertThat(path.getValue()).startsWith(LINK_PREFIX);
		return path.getValue().substring(LINK_PREFIX.length());
	}

	private String sendPasscode() {
		execute(jobAt(PasscodeProcess.TASK_SEND));
		ArgumentCaptor<String> code = ArgumentCaptor.forClass(String.class);
		verify(this.passcodeSender, atLeastOnce()).send(any(PasscodeRecipient.class), code.capture(), any(), any());
		return code.getValue();
	}

	private Job jobAt(String activityId) {
		return jobs().at(this.id, activityId);
	}

	private void execute(Job job) {
		jobs().execute(job);
	}

	private ApplicationJobs jobs() {
		return new ApplicationJobs(this.runtime, this.management);
	}

	private ReissueStatus status() {
		return this.applications.findById(this.id).orElseThrow().getStatus();
	}

	private Long firstAccountId() {
		return this.testCustomers.accounts(this.customer).get(0).getId();
	}

	private static void assertRefused(ThrowingCallable call, ErrorCode code) {
		assertThatThrownBy(call).isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(code);
	}

}
