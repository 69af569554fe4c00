package com.brokerage.passwordcenter.reissue;

/**
 * Where an application stands; every value but OPEN is final and matches an end event of
 * its diagram.
 */
public enum ReissueStatus {

	OPEN, COMPLETED, CANCELLED, ABANDONED, PASSCODE_EXPIRED, PASSCODE_VOIDED, LINK_EXPIRED, DATA_INCORRECT

}
