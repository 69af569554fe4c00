package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyPasswordChanged: a failure propagates, so the job is retried and then
 * becomes an incident.
 */
@Component
class NotifyPasswordChangedDelegate implements JavaDelegate {

	private final PasswordReissue reissue;

	NotifyPasswordChangedDelegate(PasswordReissue reissue) {
		this.reissue = reissue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reissue.notifyPasswordChanged(ProcessVariables.businessKey(execution));
	}

}
