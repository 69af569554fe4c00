package com.brokerage.passwordcenter.reissue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
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
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * Every path through {@code bpmn/reissue-with-certificate.bpmn} and the called
 * {@code bpmn/passcode.bpmn}, driven through the same services the API uses; jobs and
 * timers are executed by hand, never waited for.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class ReissueWithCertificateProcessTest {

	private static final String PASSWORD = "Forgot123";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ReissueApplicationRepository applications;

	@Autowired
	ReissueJourney journey;

	@Autowired
	ReissueCredentialSteps credentials;

	@Autowired
	SecretHasher hasher;

	@Autowired
	MutableClock clock;

	@MockitoBean
	PasscodeSender passcodeSender;

	@MockitoBean
	PasswordChangedNotifier changedNotifier;

	Customer customer;

	String id;

	ProcessInstance instance;

	@BeforeEach
	void startApplication() {
		init(this.engine);
		this.customer = this.testCustomers.split(PASSWORD, "Other1234");
		lockCustomer();
		this.id = UUID.randomUUID().toString();
		this.applications.save(new ReissueApplication(this.id, this.customer.getId(), ReissuePath.WITH_CERTIFICATE,
				this.clock.instant(), LocalDate.now(this.clock)));
		this.instance = this.runtime.startProcessInstanceByKey(ReissueProcess.WITH_CERTIFICATE, this.id,
				Map.of(ReissueProcess.VAR_APPLICATION_ID, this.id));
	}

	@Test
	@DisplayName("R-REISSUE-4/9/10/11: account, channel, passcode, initial password, new password; lock cleared")
	void successPath() {
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_CHOOSE_ACCOUNT);
		Long securities = firstAccountId();
		this.journey.chooseAccount(this.id, securities);
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_CHOOSE_CHANNEL);
		this.journey.chooseChannel(this.id, PasscodeChannel.SMS);

		String code = sendPasscode();
		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(this.id, code);
		assertThat(outcome.refusal()).isNull();
		assertThat(outcome.initialPassword()).matches("[A-Za-z0-9]{10}");
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_SET_NEW_PASSWORD);

		this.credentials.setNewPassword(this.id, outcome.initialPassword(), "NewPass123", "NewPass123");
		assertThat(this.instance).isWaitingAt(ReissueProcess.TASK_NOTIFY_PASSWORD_CHANGED);
		Customer after = this.testCustomers.reload(this.customer);
		assertThat(after.isLocked()).isFalse();
		assertThat(after.getFailedLogins()).isZero();

		execute(jobAt(ReissueProcess.TASK_NOTIFY_PASSWORD_CHANGED));
		verify(this.changedNotifier).passwordChanged(org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any());
		assertThat(this.instance).isEnded().hasPassed("End_PasswordReissued");
		assertThat(this.applications.findById(this.id).orElseThrow().getStatus()).isEqualTo(ReissueStatus.COMPLETED);
	}

	@Test
	@DisplayName("R-REISSUE-10: a non-unified customer gets only the chosen account reset")
	void onlyChosenAccountReset() {
		walkToNewPassword(PasscodeChannel.EMAIL);
		List<com.brokerage.passwordcenter.customer.Account> accounts = this.testCustomers.accounts(this.customer);
		assertThat(this.testCustomers.webPasswordIs(accounts.get(0), "NewPass123")).isTrue();
		assertThat(this.hasher.matches("33661234", accounts.get(0).getVoicePasswordHash())).isFalse();
		assertThat(this.testCustomers.webPasswordIs(accounts.get(1), "Other1234")).isTrue();
	}

	@Test
	@DisplayName("R-REISSUE-8: a passcode not verified within PT5M ends the application (timer job executed)")
	void passcodeExpires() {
		this.journey.chooseAccount(this.id, firstAccountId());
		this.journey.chooseChannel(this.id, PasscodeChannel.SMS);
		sendPasscode();
		Job timer = this.management.createJobQuery().timers().activityId(PasscodeProcess.TIMER_EXPIRED).singleResult();
		assertThat(Duration.between(timer.getCreateTime().toInstant(), timer.getDuedate().toInstant()))
			// the engine stamps the creation a millisecond after computing the due date
			.isCloseTo(Duration.ofMinutes(5), Duration.ofSeconds(1));
		execute(timer);
		assertThat(this.instance).isEnded().hasPassed("End_PasscodeExpired");
		assertThat(this.applications.findById(this.id).orElseThrow().getStatus())
			.isEqualTo(ReissueStatus.PASSCODE_EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-8: five wrong entries void the passcode and end the application")
	void fiveWrongEntries() {
		this.journey.chooseAccount(this.id, firstAccountId());
		this.journey.chooseChannel(this.id, PasscodeChannel.SMS);
		String code = sendPasscode();
		String wrong = code.equals("0000000") ? "1111111" : "0000000";
		for (int left = 4; left >= 1; left--) {
			ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(this.id, wrong);
			assertThat(outcome.refusal()).isEqualTo(ErrorCode.PASSCODE_WRONG);
			assertThat(outcome.attemptsLeft()).isEqualTo(left);
		}
		assertThat(this.credentials.verifyPasscode(this.id, wrong).refusal()).isEqualTo(ErrorCode.PASSCODE_VOIDED);
		assertThat(this.instance).isEnded().hasPassed("End_PasscodeVoided");
		// the right code no longer helps
		assertThatThrownBy(() -> this.credentials.verifyPasscode(this.id, code)).isInstanceOf(ApiException.class);
	}

	@Test
	@DisplayName("R-REISSUE-7/8: resend only after the 120 s countdown; the resent code voids the old one")
	void resendAfterCooldown() {
		this.journey.chooseAccount(this.id, firstAccountId());
		this.journey.chooseChannel(this.id, PasscodeChannel.SMS);
		String first = sendPasscode();
		assertThatThrownBy(() -> this.credentials.resendPasscode(this.id)).isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(ErrorCode.PASSCODE_RESEND_TOO_EARLY);
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
	@DisplayName("the customer may cancel at any step; the application ends at its own end event")
	void cancel() {
		this.journey.chooseAccount(this.id, firstAccountId());
		this.journey.cancel(this.id);
		assertThat(this.instance).isEnded().hasPassed("End_Cancelled");
		assertThat(this.applications.findById(this.id).orElseThrow().getStatus()).isEqualTo(ReissueStatus.CANCELLED);
	}

	@Test
	@DisplayName("a step left unfinished ends the application when its timer fires")
	void abandoned() {
		execute(this.management.createJobQuery().timers().activityId("Timer_ChooseAccountAbandoned").singleResult());
		assertThat(this.instance).isEnded().hasPassed("End_Abandoned");
	}

	@Test
	@DisplayName("out-of-order steps are refused with 409 and the current step")
	void outOfOrder() {
		assertThatThrownBy(() -> this.journey.chooseChannel(this.id, PasscodeChannel.SMS))
			.isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(ErrorCode.REISSUE_STEP_CONFLICT);
	}

	private void walkToNewPassword(PasscodeChannel channel) {
		this.journey.chooseAccount(this.id, firstAccountId());
		this.journey.chooseChannel(this.id, channel);
		String initial = this.credentials.verifyPasscode(this.id, sendPasscode()).initialPassword();
		this.credentials.setNewPassword(this.id, initial, "NewPass123", "NewPass123");
	}

	private String sendPasscode() {
		execute(jobAt(PasscodeProcess.TASK_SEND));
		ArgumentCaptor<String> code = ArgumentCaptor.forClass(String.class);
		verify(this.passcodeSender, atLeastOnce()).send(org.mockito.ArgumentMatchers.any(PasscodeRecipient.class),
				code.capture());
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

	private Long firstAccountId() {
		return this.testCustomers.accounts(this.customer).get(0).getId();
	}

	private void lockCustomer() {
		this.testCustomers.lock(this.customer);
	}

}
