package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.policy.ReissueLimitsPolicy;

import org.springframework.stereotype.Component;

/**
 * Timer durations for the reissue diagrams, read by expression
 * ({@code ${reissueTimers.stepTimeout}}) from the latest reissue limits table
 * ({@code dmn/reissue-limits.dmn}) when the timer starts.
 */
@Component("reissueTimers")
public class ReissueTimers {

	private final ReissueLimitsPolicy policy;

	ReissueTimers(ReissueLimitsPolicy policy) {
		this.policy = policy;
	}

	/** PT15M as shipped. */
	public String getStepTimeout() {
		return this.policy.current().stepTimeout().toString();
	}

	/**
	 * PT24H as shipped (R-REISSUE-6). Read in the job that mails the link, as the mail's
	 * text is: both from the same cached version.
	 */
	public String getLinkValidity() {
		return this.policy.current().linkValidity().toString();
	}

}
