package com.brokerage.passwordcenter.reissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyByEmail of a reissue or a change: the notice by email only. A failure
 * propagates: this job alone is retried, then an incident.
 */
@Component
class NotifyPasswordChangedByEmailDelegate implements JavaDelegate {

	private final PasswordChangedNotices notices;

	NotifyPasswordChangedByEmailDelegate(PasswordChangedNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notices.byEmail(PasswordChangedNotice.of(execution));
	}

}
