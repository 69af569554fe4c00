package com.brokerage.passwordcenter.unify;

import org.springframework.stereotype.Component;

/**
 * Timer durations for {@code bpmn/unification.bpmn}, read by expression
 * ({@code ${unificationTimers.stepTimeout}}).
 */
@Component("unificationTimers")
public class UnificationTimers {

	private final UnificationProperties properties;

	UnificationTimers(UnificationProperties properties) {
		this.properties = properties;
	}

	public String getStepTimeout() {
		return this.properties.stepTimeout().toString();
	}

}
