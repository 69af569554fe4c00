package com.brokerage.passwordcenter.passcode;

/** The result of one passcode entry. */
public record PasscodeCheck(Outcome outcome, int attemptsLeft) {

	public enum Outcome {

		VERIFIED, WRONG, VOIDED, EXPIRED, NOT_ACTIVE

	}

	static PasscodeCheck of(Outcome outcome) {
		return new PasscodeCheck(outcome, 0);
	}

}
