package com.brokerage.passwordcenter.passcode;

import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_SendPasscode: generate, keep the hash, send. A failure propagates: the job is
 * retried, then an incident.
 */
@Component
class SendPasscodeDelegate implements JavaDelegate {

	private final PasscodeService passcodes;

	SendPasscodeDelegate(PasscodeService passcodes) {
		this.passcodes = passcodes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.passcodes.issueAndSend(
				ProcessVariables.required(execution, PasscodeProcess.VAR_APPLICATION_ID, String.class),
				CustomerLanguage.of(execution));
	}

}
