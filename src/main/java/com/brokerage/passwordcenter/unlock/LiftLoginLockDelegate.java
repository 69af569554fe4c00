package com.brokerage.passwordcenter.unlock;

import java.util.Optional;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_LiftLock of the online unlock: re-checked under the row lock, so two parallel
 * requests unlock once; the one that finds nothing to lift ends at End_UnlockRefused.
 */
@Component
class LiftLoginLockDelegate implements JavaDelegate {

	private final LoginUnlocks unlocks;

	LiftLoginLockDelegate(LoginUnlocks unlocks) {
		this.unlocks = unlocks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long customerRef = ProcessVariables.required(execution, UnlockProcess.VAR_CUSTOMER_REF, Long.class);
		Optional<UnlockRefusal> refusal = this.unlocks.unlock(customerRef, ActorType.CUSTOMER, null, Channel.WEB,
				execution.getProcessInstanceId());
		if (refusal.isPresent()) {
			// lost the race: history ends at End_UnlockRefused, never at End_Unlocked
			execution.setVariable(UnlockProcess.VAR_ELIGIBILITY, refusal.get() == UnlockRefusal.NOT_LOCKED
					? UnlockEligibility.NOT_LOCKED.name() : UnlockEligibility.REISSUE_ONLY.name());
			throw new BpmnError(UnlockProcess.ERROR_UNLOCK_REFUSED, refusal.get().name());
		}
	}

}
