package com.brokerage.passwordcenter.policy;

import java.time.Duration;
import java.util.Map;

/**
 * One evaluation of {@code dmn/passcode-policy.dmn}: R-REISSUE-4/7/8's digits, validity,
 * wrong entries before void, resend cooldown.
 */
public record PasscodeRules(int length, Duration validity, int maxWrongAttempts, Duration resendCooldown) {

	static final String LENGTH = "length";

	static final String VALIDITY = "validity";

	static final String MAX_WRONG_ATTEMPTS = "maxWrongAttempts";

	static final String RESEND_COOLDOWN = "resendCooldown";

	static PasscodeRules of(Map<String, Object> row) {
		return new PasscodeRules(Outputs.integer(row, LENGTH), Outputs.duration(row, VALIDITY),
				Outputs.integer(row, MAX_WRONG_ATTEMPTS), Outputs.duration(row, RESEND_COOLDOWN));
	}

}
