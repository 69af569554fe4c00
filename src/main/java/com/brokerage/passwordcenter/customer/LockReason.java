package com.brokerage.passwordcenter.customer;

/** Why a login is locked, which decides what the customer may do next. */
public enum LockReason {

	/**
	 * R-LOGIN-2/3: three cumulative failures; one unlock (phone or online) is still
	 * available.
	 */
	FAILURES_UNLOCK_AVAILABLE,

	/**
	 * R-LOGIN-4: six cumulative failures after the one unlock; only a reissue (online or
	 * at a branch).
	 */
	FAILURES_REISSUE_ONLY

}
