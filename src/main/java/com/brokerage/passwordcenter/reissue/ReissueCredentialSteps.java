package com.brokerage.passwordcenter.reissue;

import java.util.Map;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.passcode.PasscodeCheck;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeService;
import com.brokerage.passwordcenter.password.PasswordPolicy;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.PasswordBlocklist;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps that handle secrets (R-REISSUE-7..10, R-PWD-5): passcodes and passwords are
 * checked and hashed here, outside the engine; the process only hears the outcome
 * ({@code passcodeResult}) and moves on.
 */
@Service
class ReissueCredentialSteps {

	private final ReissueJourney journey;

	private final PasscodeService passcodes;

	private final InitialPasswordHandOver handOver;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final PasswordBlocklist blocklist;

	private final CustomerRepository customers;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final AuditTrail audit;

	ReissueCredentialSteps(ReissueJourney journey, PasscodeService passcodes, InitialPasswordHandOver handOver,
			SecretHasher hasher, WebPasswords webPasswords, PasswordBlocklist blocklist, CustomerRepository customers,
			TaskService tasks, RuntimeService runtime, AuditTrail audit) {
		this.journey = journey;
		this.passcodes = passcodes;
		this.handOver = handOver;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.blocklist = blocklist;
		this.customers = customers;
		this.tasks = tasks;
		this.runtime = runtime;
		this.audit = audit;
	}

	/**
	 * R-REISSUE-4/7/8: a right code moves on and the initial password (R-REISSUE-9) comes
	 * back once; a wrong one counts; the fifth wrong one voids the code and ends the
	 * application. Refusals are returned, not thrown, so the count commits.
	 */
	@Transactional
	PasscodeOutcome verifyPasscode(String applicationId, String code) {
		ReissueApplication application = this.journey.findOpenForUpdate(applicationId);
		Task task = this.journey.expect(application, ReissueStep.ENTER_PASSCODE);
		PasscodeCheck check = this.passcodes.check(applicationId, code);
		audit(application, AuditAction.REISSUE_VERIFY, check.outcome().name());
		switch (check.outcome()) {
			case VERIFIED -> {
				try {
					this.tasks.complete(task.getId(),
							Map.of(PasscodeProcess.VAR_RESULT, PasscodeProcess.RESULT_VERIFIED));
					return PasscodeOutcome.verified(this.handOver.take(applicationId));
				}
				finally {
					this.handOver.take(applicationId);
				}
			}
			case VOIDED -> {
				this.tasks.complete(task.getId(), Map.of(PasscodeProcess.VAR_RESULT, PasscodeProcess.RESULT_VOIDED));
				return PasscodeOutcome.refused(ErrorCode.PASSCODE_VOIDED, 0);
			}
			case EXPIRED -> {
				return PasscodeOutcome.refused(ErrorCode.PASSCODE_EXPIRED, 0);
			}
			case WRONG -> {
				return PasscodeOutcome.refused(ErrorCode.PASSCODE_WRONG, check.attemptsLeft());
			}
			default -> throw new ApiException(ErrorCode.REISSUE_STEP_CONFLICT, null, ReissueStep.PROCESSING.name());
		}
	}

	/**
	 * R-REISSUE-7/8: only after the countdown; the old code is void at once, a new one is
	 * sent.
	 */
	@Transactional
	void resendPasscode(String applicationId) {
		ReissueApplication application = this.journey.findOpenForUpdate(applicationId);
		this.journey.expect(application, ReissueStep.ENTER_PASSCODE);
		long wait = this.passcodes.secondsUntilResendAllowed(applicationId);
		if (wait > 0) {
			throw new ApiException(ErrorCode.PASSCODE_RESEND_TOO_EARLY, null, wait);
		}
		this.passcodes.voidForResend(applicationId);
		this.runtime.createMessageCorrelation(PasscodeProcess.MESSAGE_RESEND)
			.processInstanceBusinessKey(applicationId)
			.correlate();
		audit(application, AuditAction.PASSCODE_SEND, "RESEND");
	}

	/**
	 * R-REISSUE-9, R-PWD-1/4: the initial password shown once, then the new password
	 * twice. Only hashes are kept for the service tasks that apply them (R-REISSUE-10,
	 * R-PWD-3: voice with web).
	 */
	@Transactional
	void setNewPassword(String applicationId, String initialPassword, String newPassword, String confirmation) {
		ReissueApplication application = this.journey.findOpenForUpdate(applicationId);
		Task task = this.journey.expect(application, ReissueStep.SET_NEW_PASSWORD);
		PasswordPolicy.checkWebPassword(newPassword).ifPresent((code) -> {
			throw new ApiException(code, "newPassword");
		});
		PasswordPolicy.checkNewPassword(newPassword, confirmation, null).ifPresent((code) -> {
			throw new ApiException(code, "confirmation");
		});
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.blocklist.check(newPassword, customer).ifPresent((code) -> {
			throw new ApiException(code, "newPassword");
		});
		if (!this.hasher.matches(initialPassword, application.getInitialPasswordHash())) {
			throw new ApiException(ErrorCode.INITIAL_PASSWORD_WRONG, "initialPassword");
		}
		// one slow hash: the same-as-old check and, under the same salt, the new password
		DerivedKey key = this.webPasswords.derive(customer, newPassword);
		if (newPassword.equals(initialPassword) || isCurrentPassword(application, customer, key, newPassword)) {
			throw new ApiException(ErrorCode.PASSWORD_SAME_AS_OLD, "newPassword");
		}
		// a unified customer's reissue sets every account (R-REISSUE-10): an outdated
		// cost
		// can be raised
		DerivedKey pending = (customer.isUnified() && this.webPasswords.isOutdated(key.salt()))
				? this.webPasswords.deriveNew(customer, newPassword, true) : key;
		application.keepPendingPassword(pending.pending(), this.hasher.hash(VoiceKeypad.toDigits(newPassword)));
		this.tasks.complete(task.getId());
	}

	/**
	 * R-PWD-4: the new password differs from the one it replaces — the chosen account's,
	 * which for a unified customer is every account's (R-UNIFY-2), so the one key
	 * decides.
	 */
	private boolean isCurrentPassword(ReissueApplication application, Customer customer, DerivedKey key,
			String newPassword) {
		return this.journey.eligibleAccounts(application, customer)
			.stream()
			.filter((a) -> a.getId().equals(application.getAccountRef()))
			.anyMatch((a) -> this.webPasswords.matches(key, a, newPassword));
	}

	private void audit(ReissueApplication application, AuditAction action, String outcome) {
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.audit
			.record(AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, outcome)
				.customer(customer.getId(), customer.getMaskedCustomerId())
				.detail("application " + application.getId()));
	}

	/** The answer to a passcode entry: the initial password once, or why not. */
	record PasscodeOutcome(String initialPassword, ErrorCode refusal, int attemptsLeft) {

		static PasscodeOutcome verified(String initialPassword) {
			return new PasscodeOutcome(initialPassword, null, 0);
		}

		static PasscodeOutcome refused(ErrorCode code, int attemptsLeft) {
			return new PasscodeOutcome(null, code, attemptsLeft);
		}

		@Override
		public String toString() {
			return "PasscodeOutcome[" + (this.refusal == null ? "VERIFIED" : this.refusal) + "]";
		}

	}

}
