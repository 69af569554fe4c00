package com.brokerage.passwordcenter.policy;

import java.time.Duration;
import java.util.Map;

/**
 * One evaluation of {@code dmn/reissue-limits.dmn}: R-REISSUE-2's applications per day,
 * R-REISSUE-6's link validity, the customer steps' timeout.
 */
public record ReissueLimits(int dailyLimit, Duration linkValidity, Duration stepTimeout) {

	static final String DAILY_LIMIT = "dailyLimit";

	static final String LINK_VALIDITY = "linkValidity";

	static final String STEP_TIMEOUT = "stepTimeout";

	static ReissueLimits of(Map<String, Object> row) {
		return new ReissueLimits(Outputs.integer(row, DAILY_LIMIT), Outputs.duration(row, LINK_VALIDITY),
				Outputs.duration(row, STEP_TIMEOUT));
	}

}
