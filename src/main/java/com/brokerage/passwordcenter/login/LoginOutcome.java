package com.brokerage.passwordcenter.login;

import java.util.List;

import com.brokerage.passwordcenter.common.ErrorCode;

/** What a login attempt came to. */
sealed interface LoginOutcome {

	/** R-CHANGE-2 needs to know which accounts the password opened. */
	record Success(Long customerRef, String maskedCustomerId, String name, boolean unified,
			List<Long> matchedAccountIds, List<Long> expiredAccountIds) implements LoginOutcome {

		Success(Long customerRef, String maskedCustomerId, String name, boolean unified, List<Long> matchedAccountIds) {
			this(customerRef, maskedCustomerId, name, unified, matchedAccountIds, List.of());
		}

		/** R-CHANGE-2: the opened accounts whose password has expired. */
		Success expired(List<Long> accountIds) {
			return new Success(this.customerRef, this.maskedCustomerId, this.name, this.unified, this.matchedAccountIds,
					List.copyOf(accountIds));
		}

	}

	/** Unknown ID, wrong password or locked; the code is the whole answer. */
	record Refused(ErrorCode code) implements LoginOutcome {
	}

}
