package com.brokerage.passwordcenter.policy;

import java.util.Map;

import org.springframework.stereotype.Component;

/** R-REISSUE-2, R-REISSUE-6 from {@code dmn/reissue-limits.dmn}. */
@Component
public class ReissueLimitsPolicy {

	private final DeployedTables tables;

	ReissueLimitsPolicy(DeployedTables tables) {
		this.tables = tables;
	}

	/** What pages and timers show and wait: in memory, no history. */
	public ReissueLimits current() {
		return ReissueLimits.of(this.tables.evaluate(PolicyTable.REISSUE_LIMITS, Map.of()).getSingleResult());
	}

	/**
	 * The limits that decide an application (its step 1): kept in the decision history.
	 */
	public ReissueLimits decide() {
		return ReissueLimits.of(this.tables.evaluateRecorded(PolicyTable.REISSUE_LIMITS, Map.of()).getSingleResult());
	}

}
