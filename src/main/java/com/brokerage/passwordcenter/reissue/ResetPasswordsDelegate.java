package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_ResetPasswords (R-REISSUE-10, R-PWD-3). */
@Component
class ResetPasswordsDelegate implements JavaDelegate {

	private final PasswordReissue reissue;

	ResetPasswordsDelegate(PasswordReissue reissue) {
		this.reissue = reissue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// the notice tasks after it state this moment and these passwords, however late
		// they run
		execution.setVariables(this.reissue.applyNewPassword(ProcessVariables.businessKey(execution),
				execution.getProcessInstanceId()));
	}

}
