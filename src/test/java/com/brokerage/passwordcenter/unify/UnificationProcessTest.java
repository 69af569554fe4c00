package com.brokerage.passwordcenter.unify;

import java.util.List;

import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/**
 * Every path through {@code bpmn/unification.bpmn}, driven through the service the API
 * uses; jobs and timers are executed by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestCustomers.class)
class UnificationProcessTest {

	private static final String SECURITIES = "Secur1234";

	private static final String FUTURES = "Futur1234";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	UnificationJourney journey;

	@Autowired
	UnificationApplicationRepository applications;

	@Autowired
	SecretHasher hasher;

	@MockitoBean
	PasswordsUnifiedNotifier notifier;

	@MockitoSpyBean
	AuditTrail audit;

	Customer customer;

	CustomerPrincipal principal;

	String id;

	ProcessInstance instance;

	@BeforeEach
	void start() {
		init(this.engine);
		this.customer = this.testCustomers.split(SECURITIES, FUTURES);
		List<Account> accounts = this.testCustomers.accounts(this.customer);
		// logged in with the securities password
		this.principal = new CustomerPrincipal(this.customer.getId(), this.customer.getMaskedCustomerId(),
				this.customer.getName(), false, List.of(accounts.get(0).getId()));
		this.id = this.journey.start(this.principal).applicationId();
		this.instance = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(this.id).singleResult();
	}

	@Test
	@DisplayName("R-UNIFY-1/2, R-PWD-3: form → every account gets the new web and keypad voice password → notice → end")
	void unifies() {
		assertThat(this.instance).isWaitingAt(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD)
			.variables()
			.containsEntry(UnificationProcess.VAR_MASKED_NATIONAL_ID, this.customer.getMaskedCustomerId())
			.containsEntry(UnificationProcess.VAR_APPLICATION_ID, this.id);
		UserTask form = this.engine.getRepositoryService()
			.getBpmnModelInstance(this.instance.getProcessDefinitionId())
			.getModelElementById(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD);
		assertThat(form.getCamundaFormRef()).isEqualTo("unify-passwords");

		List<Long> all = this.journey.submit(this.principal, this.id, request(SECURITIES, "Ab12cde"));
		assertThat(all).hasSize(2);
		assertThat(this.instance).hasPassed(UnificationProcess.TASK_UNIFY_PASSWORDS)
			.isWaitingAt(UnificationProcess.TASK_NOTIFY_BY_EMAIL, UnificationProcess.TASK_NOTIFY_BY_SMS);
		for (Account account : this.testCustomers.accounts(this.customer)) {
			assertThat(this.testCustomers.webPasswordIs(account, "Ab12cde")).isTrue();
			assertThat(this.hasher.matches("2212233", account.getVoicePasswordHash())).isTrue();
		}
		assertThat(this.testCustomers.reload(this.customer).isUnified()).isTrue();
		assertThat(application().getStatus()).isEqualTo(UnificationStatus.UNIFIED);
		assertThat(application().getPendingWebHash()).isNull();

		new ApplicationJobs(this.runtime, this.management).executeNotices(this.id);
		verify(this.notifier).byEmail(eq("test@example.com"), eq(this.customer.getName()), any(), any());
		verify(this.notifier).bySms(eq("0912345678"), any(), any());
		assertThat(this.instance).isEnded().hasPassed("End_PasswordsUnified");
		assertThat(application().getEndedAt()).isNotNull();
	}

	@Test
	@DisplayName("R-UNIFY-2: all or nothing — a failure after the first account leaves every account and the flag as they were")
	void allOrNothing() {
		doCallRealMethod().doThrow(new IllegalStateException("disk full"))
			.when(this.audit)
			.record(argThat((AuditEntry entry) -> entry != null && "PASSWORD_SET".equals(entry.outcome())));
		assertThatThrownBy(() -> this.journey.submit(this.principal, this.id, request(SECURITIES, "Ab12cde")))
			.hasMessageContaining("disk full");
		List<Account> accounts = this.testCustomers.accounts(this.customer);
		assertThat(this.testCustomers.webPasswordIs(accounts.get(0), SECURITIES)).isTrue();
		assertThat(this.hasher.matches("732871234", accounts.get(0).getVoicePasswordHash())).isTrue();
		assertThat(this.testCustomers.webPasswordIs(accounts.get(1), FUTURES)).isTrue();
		assertThat(this.testCustomers.reload(this.customer).isUnified()).isFalse();
		assertThat(application().getStatus()).isEqualTo(UnificationStatus.OPEN);
		assertThat(application().getPendingWebHash()).isNull();
		assertThat(this.instance).isWaitingAt(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD);
	}

	@Test
	@DisplayName("a form left unfinished ends the request when its timer fires; nothing changed")
	void abandoned() {
		Job timer = this.management.createJobQuery()
			.timers()
			.activityId(UnificationProcess.TIMER_ABANDONED)
			.processInstanceId(this.instance.getId())
			.singleResult();
		this.management.executeJob(timer.getId());
		assertThat(this.instance).isEnded().hasPassed("End_Abandoned");
		assertThat(application().getStatus()).isEqualTo(UnificationStatus.ABANDONED);
		assertThat(this.testCustomers.reload(this.customer).isUnified()).isFalse();
	}

	@Test
	@DisplayName("R-CHANGE-4: the customer cancels before submitting; nothing changed")
	void cancelled() {
		this.journey.cancel(this.principal, this.id);
		assertThat(this.instance).isEnded().hasPassed("End_Cancelled");
		assertThat(application().getStatus()).isEqualTo(UnificationStatus.CANCELLED);
		assertThatThrownBy(() -> this.journey.submit(this.principal, this.id, request(SECURITIES, "Ab12cde")))
			.isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(ErrorCode.UNIFICATION_ENDED);
	}

	@Test
	@DisplayName("a failed email notice is retried, then becomes an incident; the SMS goes alone; the passwords stay unified")
	void noticeFailureBecomesIncident() {
		this.journey.submit(this.principal, this.id, request(SECURITIES, "Ab12cde"));
		doThrow(new IllegalStateException("SMTP down")).when(this.notifier).byEmail(any(), any(), any(), any());
		ApplicationJobs jobs = new ApplicationJobs(this.runtime, this.management);
		// tried at once and on each of the retry schedule's three intervals
		for (int i = 0; i < 4; i++) {
			String job = jobs.at(this.id, UnificationProcess.TASK_NOTIFY_BY_EMAIL).getId();
			assertThatThrownBy(() -> this.management.executeJob(job)).hasMessageContaining("SMTP down");
		}
		jobs.execute(jobs.at(this.id, UnificationProcess.TASK_NOTIFY_BY_SMS));
		verify(this.notifier).bySms(eq("0912345678"), any(), any());
		assertThat(this.runtime.createIncidentQuery().processInstanceId(this.instance.getId()).count()).isEqualTo(1);
		assertThat(this.instance).isWaitingAt(UnificationProcess.TASK_NOTIFY_BY_EMAIL);
		assertThat(this.testCustomers.reload(this.customer).isUnified()).isTrue();
	}

	@Test
	@DisplayName("R-UNIFY-1: a wrong old password is refused and counts toward the login lock")
	void wrongOldPassword() {
		assertThatThrownBy(() -> this.journey.submit(this.principal, this.id, request(FUTURES, "Ab12cde")))
			.isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(ErrorCode.OLD_PASSWORD_WRONG);
		assertThat(this.testCustomers.reload(this.customer).getFailedLogins()).isEqualTo(1);
		assertThat(this.instance).isWaitingAt(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD);
	}

	@Test
	@DisplayName("R-UNIFY-3: once unified, a new request is refused with where splitting is done")
	void alreadyUnified() {
		this.journey.submit(this.principal, this.id, request(SECURITIES, "Ab12cde"));
		assertThatThrownBy(() -> this.journey.start(this.principal)).isInstanceOf(ApiException.class)
			.extracting((ex) -> ((ApiException) ex).code())
			.isEqualTo(ErrorCode.ALREADY_UNIFIED);
	}

	@Test
	@DisplayName("a second start answers the open request instead of doubling it")
	void startIsIdempotentWhileOpen() {
		assertThat(this.journey.start(this.principal).applicationId()).isEqualTo(this.id);
	}

	private UnificationApplication application() {
		return this.applications.findById(this.id).orElseThrow();
	}

	private static UnifiedPasswordRequest request(String oldPassword, String newPassword) {
		return new UnifiedPasswordRequest(oldPassword, newPassword, newPassword);
	}

}
