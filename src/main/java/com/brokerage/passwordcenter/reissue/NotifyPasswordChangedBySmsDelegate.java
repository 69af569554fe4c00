package com.brokerage.passwordcenter.reissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyBySms of a reissue or a change: the notice by SMS only. A failure
 * propagates: this job alone is retried, then an incident.
 */
@Component
class NotifyPasswordChangedBySmsDelegate implements JavaDelegate {

	private final PasswordChangedNotices notices;

	NotifyPasswordChangedBySmsDelegate(PasswordChangedNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notices.bySms(PasswordChangedNotice.of(execution));
	}

}
