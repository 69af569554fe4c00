package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_ClearLoginLock (R-REISSUE-11, R-LOGIN-5). */
@Component
class ClearLoginLockDelegate implements JavaDelegate {

	private final PasswordReissue reissue;

	ClearLoginLockDelegate(PasswordReissue reissue) {
		this.reissue = reissue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reissue.clearLoginLock(ProcessVariables.businessKey(execution), execution.getProcessInstanceId());
	}

}
