package com.brokerage.passwordcenter.backoffice;

import java.util.Collection;
import java.util.List;

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
		boolean done = this.reset.reset(customerRef, chosenAccounts(execution), BackOfficeActors.of(execution),
				execution.getProcessInstanceId());
		if (!done) {
			throw new BpmnError(BackOfficeProcesses.ERROR_NO_MOBILE, "no mobile on file");
		}
	}

	/**
	 * form-js checklists submit a JSON array of the option values (account ids as
	 * strings).
	 */
	private static Collection<Long> chosenAccounts(DelegateExecution execution) {
		Object value = execution.getVariable(BackOfficeProcesses.VAR_ACCOUNT_IDS);
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> ids) {
			return ids.stream().map((id) -> Long.valueOf(id.toString())).toList();
		}
		// a Spin JSON value
		String json = value.toString();
		return java.util.Arrays.stream(json.replaceAll("[\\[\\]\"\\s]", "").split(","))
			.filter((id) -> !id.isEmpty())
			.map(Long::valueOf)
			.toList();
	}

}
