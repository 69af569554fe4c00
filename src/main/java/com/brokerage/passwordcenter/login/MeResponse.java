package com.brokerage.passwordcenter.login;

import java.util.List;

/**
 * The logged-in customer as the API shows it: masked ID, name, unified or not, the
 * accounts the password opened, and (R-CHANGE-2) whether the session may only change the
 * password because the password of {@code expiredAccountIds} has expired.
 */
record MeResponse(String nationalId, String name, boolean unified, List<Long> matchedAccountIds,
		boolean mustChangePassword, List<Long> expiredAccountIds) {

	static MeResponse of(CustomerPrincipal principal, List<Long> expiredAccountIds) {
		return new MeResponse(principal.maskedCustomerId(), principal.name(), principal.unified(),
				principal.matchedAccountIds(), !expiredAccountIds.isEmpty(), expiredAccountIds);
	}

}
