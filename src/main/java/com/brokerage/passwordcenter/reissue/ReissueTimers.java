package com.brokerage.passwordcenter.reissue;

import org.springframework.stereotype.Component;

/**
 * Timer durations for the reissue diagrams, read by expression
 * ({@code ${reissueTimers.stepTimeout}}).
 */
@Component("reissueTimers")
public class ReissueTimers {

	private final ReissueProperties properties;

	ReissueTimers(ReissueProperties properties) {
		this.properties = properties;
	}

	public String getStepTimeout() {
		return this.properties.stepTimeout().toString();
	}

	/** PT24H by default (R-REISSUE-6). */
	public String getLinkValidity() {
		return this.properties.linkValidity().toString();
	}

}
