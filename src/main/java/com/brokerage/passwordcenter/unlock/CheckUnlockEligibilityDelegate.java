package com.brokerage.passwordcenter.unlock;

import java.util.Optional;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_CheckUnlock: certificate, identity, then lock state (R-UNLOCK-1..4). */
@Component
class CheckUnlockEligibilityDelegate implements JavaDelegate {

	private final LoginUnlocks unlocks;

	CheckUnlockEligibilityDelegate(LoginUnlocks unlocks) {
		this.unlocks = unlocks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(UnlockProcess.VAR_ELIGIBILITY, eligibility(execution).name());
	}

	private UnlockEligibility eligibility(DelegateExecution execution) {
		if (!ProcessVariables.required(execution, UnlockProcess.VAR_CERTIFICATE_VALID, Boolean.class)) {
			return UnlockEligibility.NO_CERTIFICATE;
		}
		// no customer with the ID typed: null on purpose, the same answer as a wrong
		// birth date
		Optional<Long> customerRef = ProcessVariables.optional(execution, UnlockProcess.VAR_CUSTOMER_REF, Long.class);
		if (customerRef.isEmpty()
				|| !ProcessVariables.required(execution, UnlockProcess.VAR_IDENTITY_MATCHED, Boolean.class)) {
			return UnlockEligibility.IDENTITY_MISMATCH;
		}
		return this.unlocks.refusalFor(customerRef.get())
			.map((refusal) -> refusal == UnlockRefusal.NOT_LOCKED ? UnlockEligibility.NOT_LOCKED
					: UnlockEligibility.REISSUE_ONLY)
			.orElse(UnlockEligibility.ELIGIBLE);
	}

}
