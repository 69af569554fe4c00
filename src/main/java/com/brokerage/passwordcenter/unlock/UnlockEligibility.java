package com.brokerage.passwordcenter.unlock;

/**
 * The outcome of the online unlock check, in the order it is checked; the diagram routes
 * on it.
 */
public enum UnlockEligibility {

	/**
	 * R-UNLOCK-3: no valid certificate of this customer on the device — checked first, so
	 * it reveals nothing.
	 */
	NO_CERTIFICATE,
	/** Unknown ID or wrong birth date: one answer. */
	IDENTITY_MISMATCH, NOT_LOCKED,
	/** R-LOGIN-4, R-UNLOCK-4. */
	REISSUE_ONLY, ELIGIBLE

}
