package com.brokerage.passwordcenter.change;

/** The "password expiry status" column of R-CHANGE-2. */
public enum ExpiryStatus {

	/** No expiry policy: the manual's "-". */
	NONE, VALID, EXPIRED

}
