package com.brokerage.passwordcenter.unify;

import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyByEmail of the unification: the notice by email only. A failure propagates:
 * this job alone is retried, then an incident.
 */
@Component
class NotifyUnifiedByEmailDelegate implements JavaDelegate {

	private final PasswordUnification unification;

	NotifyUnifiedByEmailDelegate(PasswordUnification unification) {
		this.unification = unification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.unification.notifyUnifiedByEmail(ProcessVariables.businessKey(execution), CustomerLanguage.of(execution));
	}

}
