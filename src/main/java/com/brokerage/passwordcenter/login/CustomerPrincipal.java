package com.brokerage.passwordcenter.login;

import java.io.Serializable;
import java.util.List;

/**
 * Who is logged in, as kept in the session: ids and small facts only, never a password or
 * a hash. The matched accounts are those whose password was the one used to log in
 * (R-CHANGE-2).
 */
public record CustomerPrincipal(Long customerRef, String maskedCustomerId, String name, boolean unified,
		List<Long> matchedAccountIds) implements Serializable {

	/**
	 * R-UNIFY-2: after unification one password opens every account, so the session now
	 * holds them all.
	 */
	public CustomerPrincipal unified(List<Long> allAccountIds) {
		return new CustomerPrincipal(this.customerRef, this.maskedCustomerId, this.name, true,
				List.copyOf(allAccountIds));
	}

	@Override
	public String toString() {
		return "CustomerPrincipal[" + this.maskedCustomerId + "]";
	}

}
