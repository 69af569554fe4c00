package com.brokerage.passwordcenter.passcode;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

import org.springframework.stereotype.Component;

/**
 * Timer durations for {@code bpmn/passcode.bpmn}, read by expression
 * ({@code ${passcodeTimers.validity}}): the validity the application's passcode was sent
 * with, from the passcode table ({@code dmn/passcode-policy.dmn}, PT5M as shipped).
 */
@Component("passcodeTimers")
public class PasscodeTimers {

	private final PasscodeService passcodes;

	PasscodeTimers(PasscodeService passcodes) {
		this.passcodes = passcodes;
	}

	/** ISO-8601 duration of the passcode this timer guards (R-REISSUE-7). */
	public String getValidity() {
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		Object applicationId = (context != null)
				? context.getExecution().getVariable(PasscodeProcess.VAR_APPLICATION_ID) : null;
		// outside a passcode instance (a diagram of an analyst's own): the latest table's
		return ((applicationId instanceof String id) ? this.passcodes.validityOf(id) : this.passcodes.latestValidity())
			.toString();
	}

}
