package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_SplitPasswords (R-OPS-3). */
@Component
class BranchSplitDelegate implements JavaDelegate {

	private final BranchSplit split;

	BranchSplitDelegate(BranchSplit split) {
		this.split = split;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long customerRef = ProcessVariables.required(execution, BackOfficeProcesses.VAR_CUSTOMER_REF, Long.class);
		if (!this.split.split(customerRef, BackOfficeActors.of(execution), execution.getProcessInstanceId())) {
			throw new BpmnError(BackOfficeProcesses.ERROR_NOT_UNIFIED, "the customer is not unified");
		}
	}

}
