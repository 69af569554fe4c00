package com.brokerage.passwordcenter.unify;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.ReenteredPasswordRecorder;
import com.brokerage.passwordcenter.password.PasswordPolicy;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.PasswordBlocklist;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a unification request (R-UNIFY-1..3): start it, take the form, cancel it. The old
 * password is checked and the new one hashed here, outside the engine; the process only
 * hears that the form was completed.
 */
@Service
public class UnificationJourney {

	private static final Logger log = LoggerFactory.getLogger(UnificationJourney.class);

	private final UnificationApplicationRepository applications;

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final PasswordBlocklist blocklist;

	private final ReenteredPasswordRecorder wrongPasswords;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	UnificationJourney(UnificationApplicationRepository applications, CustomerRepository customers,
			AccountRepository accounts, SecretHasher hasher, WebPasswords webPasswords, PasswordBlocklist blocklist,
			ReenteredPasswordRecorder wrongPasswords, RuntimeService runtime, TaskService tasks, AuditTrail audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.applications = applications;
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.blocklist = blocklist;
		this.wrongPasswords = wrongPasswords;
		this.runtime = runtime;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * R-UNIFY-3: an already unified customer is told where splitting is done. An open
	 * request of the customer is answered again rather than doubled.
	 */
	public UnificationView start(CustomerPrincipal principal) {
		return this.transaction.execute((status) -> {
			Customer customer = lockedCustomer(principal);
			UnificationApplication application = this.applications
				.findFirstByCustomerRefAndStatusOrderByStartedAtDesc(customer.getId(), UnificationStatus.OPEN)
				.orElseGet(() -> startNew(customer));
			return view(application, customer);
		});
	}

	UnificationView view(CustomerPrincipal principal, String applicationId) {
		return this.transaction.execute((status) -> {
			UnificationApplication application = owned(principal, applicationId);
			return view(application, this.customers.findById(application.getCustomerRef()).orElseThrow());
		});
	}

	/**
	 * R-UNIFY-1/2: the old password is the one this session logged in with; then every
	 * account gets the new one (Task_UnifyPasswords runs in this transaction). A wrong
	 * old password counts toward the login lock.
	 * @return every account id, now all opened by the new password
	 */
	public List<Long> submit(CustomerPrincipal principal, String applicationId, UnifiedPasswordRequest request) {
		check(request);
		Verified read = this.transaction.execute((status) -> {
			UnificationApplication application = owned(principal, applicationId);
			expectOpen(application);
			Customer customer = lockedCustomer(principal);
			return new Verified(customer, this.accounts.findById(principal.matchedAccountIds().get(0)).orElseThrow());
		});
		Account verified = read.account();
		// R-PWD-6 before any slow hash: a refusal that needs no password check
		this.blocklist.check(request.newPassword(), read.customer()).ifPresent((code) -> {
			throw new ApiException(code, "newPassword");
		});
		// the slow check outside any lock
		DerivedKey old = this.webPasswords.derive(read.customer(), request.oldPassword());
		if (!this.webPasswords.matches(old, verified, request.oldPassword())) {
			ErrorCode answer = this.wrongPasswords.recordWrong(principal.customerRef(), AuditAction.UNIFY,
					ErrorCode.OLD_PASSWORD_WRONG);
			throw (answer == ErrorCode.OLD_PASSWORD_WRONG) ? new ApiException(answer, "oldPassword")
					: new ApiException(answer);
		}
		// every account gets it (R-UNIFY-2): an outdated cost can be raised
		String webHash = this.webPasswords.deriveNew(read.customer(), request.newPassword(), true).pending();
		String voiceHash = this.hasher.hash(VoiceKeypad.toDigits(request.newPassword()));
		return this.transaction.execute((status) -> {
			UnificationApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
			Task task = expectOpen(application);
			Customer customer = lockedCustomer(principal);
			Account current = this.accounts.findById(verified.getId()).orElseThrow();
			if (!current.hasSameWebPasswordAs(verified)) {
				// changed by a parallel request since the check: the old password is
				// stale
				throw new ApiException(ErrorCode.OLD_PASSWORD_WRONG, "oldPassword");
			}
			// the right old password proves the customer, as a successful login does
			// (R-LOGIN-5)
			customer.recordSuccessfulLogin();
			application.keepPendingPassword(webHash, voiceHash);
			this.tasks.complete(task.getId());
			return this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId()).stream().map(Account::getId).toList();
		});
	}

	/**
	 * The checks of the form that need no database (R-PWD-1/4), each refusal naming its
	 * field; nothing is counted or started. {@link #submit} runs them first too.
	 */
	public static void check(UnifiedPasswordRequest request) {
		if (request.oldPassword() == null || request.oldPassword().isEmpty()) {
			throw new ApiException(ErrorCode.FIELD_REQUIRED, "oldPassword");
		}
		PasswordPolicy.checkWebPassword(request.newPassword()).ifPresent((code) -> {
			throw new ApiException(code, "newPassword");
		});
		PasswordPolicy.checkNewPassword(request.newPassword(), request.confirmation(), request.oldPassword())
			.ifPresent((code) -> {
				throw new ApiException(code,
						request.newPassword().equals(request.confirmation()) ? "newPassword" : "confirmation");
			});
	}

	void cancel(CustomerPrincipal principal, String applicationId) {
		this.transaction.executeWithoutResult((status) -> {
			UnificationApplication application = owned(principal, applicationId);
			this.applications.findForUpdate(applicationId);
			expectOpen(application);
			this.runtime.createMessageCorrelation(UnificationProcess.MESSAGE_CANCEL)
				.processInstanceBusinessKey(applicationId)
				.correlate();
		});
	}

	private UnificationApplication startNew(Customer customer) {
		String id = UUID.randomUUID().toString();
		UnificationApplication application = this.applications
			.save(new UnificationApplication(id, customer.getId(), this.clock.instant()));
		String processInstanceId = this.runtime.startProcessInstanceByKey(UnificationProcess.PROCESS_ID, id,
				Map.of(UnificationProcess.VAR_APPLICATION_ID, id, UnificationProcess.VAR_CUSTOMER_REF, customer.getId(),
						UnificationProcess.VAR_MASKED_NATIONAL_ID, customer.getMaskedCustomerId()))
			.getProcessInstanceId();
		this.audit.record(AuditEntry
			.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), AuditAction.UNIFY, Channel.WEB, "STARTED")
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId));
		log.info("unification {} started for {}", id, customer.getMaskedCustomerId());
		return application;
	}

	/** Locked or already unified customers go no further (R-LOGIN-2, R-UNIFY-3). */
	private Customer lockedCustomer(CustomerPrincipal principal) {
		Customer customer = this.customers.findByIdForUpdate(principal.customerRef()).orElseThrow();
		if (customer.isLocked()) {
			throw new ApiException(ReenteredPasswordRecorder.lockedAnswer(customer));
		}
		if (customer.isUnified()) {
			throw new ApiException(ErrorCode.ALREADY_UNIFIED);
		}
		return customer;
	}

	/** Only the customer's own requests exist for them. */
	private UnificationApplication owned(CustomerPrincipal principal, String applicationId) {
		return this.applications.findById(applicationId)
			.filter((application) -> application.getCustomerRef().equals(principal.customerRef()))
			.orElseThrow(() -> new ApiException(ErrorCode.UNIFICATION_NOT_FOUND));
	}

	private Task expectOpen(UnificationApplication application) {
		if (!application.isOpen()) {
			throw new ApiException(ErrorCode.UNIFICATION_ENDED, null, application.getStatus().name());
		}
		Task task = activeTask(application.getId());
		if (task == null) {
			throw new ApiException(ErrorCode.UNIFICATION_STEP_CONFLICT, null, UnificationView.STEP_ENDED);
		}
		return task;
	}

	private UnificationView view(UnificationApplication application, Customer customer) {
		Task task = activeTask(application.getId());
		return new UnificationView(application.getId(), customer.getMaskedCustomerId(), application.getStatus(),
				(task != null) ? UnificationView.STEP_ENTER_UNIFIED_PASSWORD : UnificationView.STEP_ENDED);
	}

	private Task activeTask(String applicationId) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(applicationId)
			.taskDefinitionKey(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD)
			.active()
			.singleResult();
	}

	private record Verified(Customer customer, Account account) {
	}

}
