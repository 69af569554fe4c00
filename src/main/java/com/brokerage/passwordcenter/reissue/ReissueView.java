package com.brokerage.passwordcenter.reissue;

import java.util.List;

import com.brokerage.passwordcenter.passcode.PasscodeChannel;

/**
 * What the client needs for the next screen of an application. Contacts and account
 * numbers are masked; no secret is ever part of it, except {@code initialPassword},
 * present once in the answer to a verified passcode.
 */
public record ReissueView(String applicationId, ReissuePath path, ReissueStatus status, ReissueStep step,
		List<AccountChoice> accounts, Contacts contacts, Long chosenAccountId, PasscodeChannel passcodeChannel,
		PasscodeView passcode, String initialPassword, Delay delay) {

	public record AccountChoice(Long accountId, String businessLine, String businessLineName, String branchCode,
			String branchName, String accountNumber) {
	}

	/** Masked as the manual shows them; {@code null} when not on file. */
	public record Contacts(String mobile, String email) {
	}

	public record PasscodeView(PasscodeChannel channel, long secondsUntilResend, long secondsUntilExpiry,
			int attemptsLeft) {
	}

	/**
	 * A service step keeps the customer waiting too long ({@code ReissueDelays}): what to
	 * do, in the request's language; {@code since} when the step began waiting.
	 */
	public record Delay(String code, String message, java.time.Instant since) {
	}

	ReissueView withInitialPassword(String password) {
		return new ReissueView(this.applicationId, this.path, this.status, this.step, this.accounts, this.contacts,
				this.chosenAccountId, this.passcodeChannel, this.passcode, password, this.delay);
	}

	@Override
	public String toString() {
		return "ReissueView[" + this.applicationId + ", " + this.step + "]";
	}

}
