package com.brokerage.passwordcenter.login;

import java.util.List;

/**
 * The logged-in customer as the API shows it: masked ID, name, unified or not, the
 * accounts the password opened.
 */
record MeResponse(String nationalId, String name, boolean unified, List<Long> matchedAccountIds) {

	static MeResponse of(CustomerPrincipal principal) {
		return new MeResponse(principal.maskedCustomerId(), principal.name(), principal.unified(),
				principal.matchedAccountIds());
	}

}
