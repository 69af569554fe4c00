package com.brokerage.passwordcenter.passcode;

/** The passcode as the page may know it: never the code. */
public record PasscodeStatus(PasscodeChannel channel, PasscodeState state, long secondsUntilResend,
		long secondsUntilExpiry, int attemptsLeft) {

}
