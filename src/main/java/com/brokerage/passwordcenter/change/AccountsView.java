package com.brokerage.passwordcenter.change;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The change page (R-CHANGE-1/2/4): the customer, the table of accounts, and the notes
 * under the form.
 */
public record AccountsView(String nationalId, String name, boolean unified, boolean unificationOffered,
		List<AccountRow> accounts, Notes notes) {

	/**
	 * R-CHANGE-2 enforced: an account this login opened has an expired password, so the
	 * session may only change it.
	 */
	@JsonProperty("mustChangePassword")
	public boolean mustChangePassword() {
		return this.accounts.stream()
			.anyMatch((row) -> row.sameAsLogin() && row.expiryStatus() == ExpiryStatus.EXPIRED);
	}

	/**
	 * One row of the R-CHANGE-2 table. {@code sameAsLogin}: this account's password is
	 * the one this session logged in with, so it can be changed here.
	 */
	public record AccountRow(Long accountId, String businessLine, String businessLineName, String passwordType,
			String branchCode, String branchName, String accountNumber, boolean sameAsLogin, boolean withdrawalPassword,
			LocalDate passwordChangedOn, LocalDate passwordExpiresOn, ExpiryStatus expiryStatus) {
	}

	/** R-CHANGE-4: the notes repeat R-PWD-1..3 and the voice ordering line. */
	public record Notes(int webPasswordMinLength, int webPasswordMaxLength, int withdrawalPasswordLength,
			String voiceOrderingLine) {
	}

}
