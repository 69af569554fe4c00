package com.brokerage.passwordcenter.unlock;

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
		if (!Boolean.TRUE.equals(execution.getVariable(UnlockProcess.VAR_CERTIFICATE_VALID))) {
			return UnlockEligibility.NO_CERTIFICATE;
		}
		Long customerRef = (Long) execution.getVariable(UnlockProcess.VAR_CUSTOMER_REF);
		if (customerRef == null || !Boolean.TRUE.equals(execution.getVariable(UnlockProcess.VAR_IDENTITY_MATCHED))) {
			return UnlockEligibility.IDENTITY_MISMATCH;
		}
		return this.unlocks.refusalFor(customerRef)
			.map((refusal) -> refusal == UnlockRefusal.NOT_LOCKED ? UnlockEligibility.NOT_LOCKED
					: UnlockEligibility.REISSUE_ONLY)
			.orElse(UnlockEligibility.ELIGIBLE);
	}

}
