package com.brokerage.passwordcenter.login;

import java.util.List;

/**
 * A successful login: who, and which opened accounts' passwords have expired
 * (R-CHANGE-2); any of them and the session may only change the password.
 */
public record SignedIn(CustomerPrincipal principal, List<Long> expiredAccountIds) {

	public boolean mustChangePassword() {
		return !this.expiredAccountIds.isEmpty();
	}

}
