package com.brokerage.passwordcenter.unlock;

/** Why an unlock cannot be done; each one ends its diagram at its own end event. */
public enum UnlockRefusal {

	/** Nothing to lift. */
	NOT_LOCKED,
	/**
	 * R-LOGIN-4, R-UNLOCK-4: the one unlock was used (6 cumulative failures): reissue
	 * only.
	 */
	REISSUE_ONLY

}
