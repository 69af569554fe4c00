package com.brokerage.passwordcenter.login;

import java.util.List;

import com.brokerage.passwordcenter.common.ErrorCode;

/** What a login attempt came to. */
sealed interface LoginOutcome {

	/** R-CHANGE-2 needs to know which accounts the password opened. */
	record Success(Long customerRef, String maskedCustomerId, String name, boolean unified,
			List<Long> matchedAccountIds) implements LoginOutcome {
	}

	/** Unknown ID, wrong password or locked; the code is the whole answer. */
	record Refused(ErrorCode code) implements LoginOutcome {
	}

}
