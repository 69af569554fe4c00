package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ProcessVariables;
import com.brokerage.passwordcenter.unlock.LoginUnlocks;
import com.brokerage.passwordcenter.unlock.UnlockRefusal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_PhoneUnlock (R-OPS-1): the once-only rule is the service's, never the form's
 * (R-LOGIN-3/4).
 */
@Component
class PhoneUnlockDelegate implements JavaDelegate {

	private final LoginUnlocks unlocks;

	PhoneUnlockDelegate(LoginUnlocks unlocks) {
		this.unlocks = unlocks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long customerRef = ProcessVariables.required(execution, BackOfficeProcesses.VAR_CUSTOMER_REF, Long.class);
		this.unlocks
			.unlock(customerRef, ActorType.AGENT, BackOfficeActors.of(execution), Channel.PHONE,
					execution.getProcessInstanceId())
			.ifPresent((refusal) -> {
				throw (refusal == UnlockRefusal.NOT_LOCKED)
						? new BpmnError(BackOfficeProcesses.ERROR_NOT_LOCKED, "the login is not locked")
						: new BpmnError(BackOfficeProcesses.ERROR_UNLOCK_NOT_ALLOWED, "unlock used: reissue only");
			});
	}

}
