package com.brokerage.passwordcenter.unify;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_UnifyPasswords (R-UNIFY-2, R-PWD-3). */
@Component
class UnifyPasswordsDelegate implements JavaDelegate {

	private final PasswordUnification unification;

	UnifyPasswordsDelegate(PasswordUnification unification) {
		this.unification = unification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.unification.unify(ProcessVariables.businessKey(execution), execution.getProcessInstanceId());
	}

}
