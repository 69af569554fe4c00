package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_IssueInitialPassword (R-REISSUE-9). */
@Component
class IssueInitialPasswordDelegate implements JavaDelegate {

	private final PasswordReissue reissue;

	IssueInitialPasswordDelegate(PasswordReissue reissue) {
		this.reissue = reissue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reissue.issueInitialPassword(ProcessVariables.businessKey(execution));
	}

}
