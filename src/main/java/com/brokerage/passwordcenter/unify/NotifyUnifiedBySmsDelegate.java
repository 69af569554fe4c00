package com.brokerage.passwordcenter.unify;

import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyBySms of the unification: the notice by SMS only. A failure propagates: this
 * job alone is retried, then an incident.
 */
@Component
class NotifyUnifiedBySmsDelegate implements JavaDelegate {

	private final PasswordUnification unification;

	NotifyUnifiedBySmsDelegate(PasswordUnification unification) {
		this.unification = unification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.unification.notifyUnifiedBySms(ProcessVariables.businessKey(execution), CustomerLanguage.of(execution));
	}

}
