package com.brokerage.passwordcenter.passcode;

public enum PasscodeState {

	/** Sent and waiting to be entered. */
	ACTIVE,
	/** Entered correctly; a passcode is single-use (R-REISSUE-8). */
	USED,
	/** Entered wrong too often (R-REISSUE-8). */
	VOIDED,
	/** A resend was asked for: the old code no longer works (R-REISSUE-8). */
	REPLACED

}
