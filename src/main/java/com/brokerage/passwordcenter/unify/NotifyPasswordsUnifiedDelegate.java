package com.brokerage.passwordcenter.unify;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyPasswordsUnified: a failure propagates, so the job is retried and then
 * becomes an incident.
 */
@Component
class NotifyPasswordsUnifiedDelegate implements JavaDelegate {

	private final PasswordUnification unification;

	NotifyPasswordsUnifiedDelegate(PasswordUnification unification) {
		this.unification = unification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.unification.notifyUnified(ProcessVariables.businessKey(execution));
	}

}
