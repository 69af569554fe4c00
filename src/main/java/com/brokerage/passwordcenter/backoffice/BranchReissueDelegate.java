package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_ResetAtBranch (R-OPS-2). */
@Component
class BranchReissueDelegate implements JavaDelegate {

	private final BranchPasswordReset reset;

	BranchReissueDelegate(BranchPasswordReset reset) {
		this.reset = reset;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long customerRef = ProcessVariables.required(execution, BackOfficeProcesses.VAR_CUSTOMER_REF, Long.class);
		boolean done = this.reset.reset(customerRef,
				ProcessVariables.ids(execution, BackOfficeProcesses.VAR_ACCOUNT_IDS), BackOfficeActors.of(execution),
				execution.getProcessInstanceId());
		if (!done) {
			throw new BpmnError(BackOfficeProcesses.ERROR_NO_MOBILE, "no mobile on file");
		}
	}

}
