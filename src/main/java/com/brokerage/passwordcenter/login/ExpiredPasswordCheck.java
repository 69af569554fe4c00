package com.brokerage.passwordcenter.login;

import java.util.List;

import com.brokerage.passwordcenter.customer.Account;

/**
 * R-CHANGE-2 enforced: which accounts a login opened hold an expired password. A login
 * with one succeeds only into a forced change (docs/api.md, "Expired password"). The
 * expiry itself is {@code change.PasswordExpiry}'s, the one place that knows it.
 */
public interface ExpiredPasswordCheck {

	/** At login: among the accounts the password just opened (no extra query). */
	List<Long> expiredAmong(List<Account> opened);

	/** During the session: as the database says now (a change clears it at once). */
	List<Long> expiredFor(CustomerPrincipal principal);

	/** Whether this session may only change the password. */
	default boolean mustChange(CustomerPrincipal principal) {
		return !expiredFor(principal).isEmpty();
	}

}
