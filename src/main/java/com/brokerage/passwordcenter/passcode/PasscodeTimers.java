package com.brokerage.passwordcenter.passcode;

import org.springframework.stereotype.Component;

/**
 * Timer durations for {@code bpmn/passcode.bpmn}, read by expression
 * ({@code ${passcodeTimers.validity}}).
 */
@Component("passcodeTimers")
public class PasscodeTimers {

	private final PasscodeProperties properties;

	PasscodeTimers(PasscodeProperties properties) {
		this.properties = properties;
	}

	/** ISO-8601 duration, PT5M by default (R-REISSUE-7). */
	public String getValidity() {
		return this.properties.validity().toString();
	}

}
