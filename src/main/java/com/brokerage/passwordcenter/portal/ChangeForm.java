package com.brokerage.passwordcenter.portal;

import com.brokerage.passwordcenter.change.PasswordChangeRequest;
import com.brokerage.passwordcenter.change.PasswordChangeRequest.WithdrawalChange;
import jakarta.validation.constraints.Size;

/**
 * The change form of R-CHANGE-1..3 as the page posts it: the web login password part
 * (ticked by default, with "sync voice", ticked by default) and, ticked separately, the
 * futures withdrawal password part. An unticked checkbox is not posted, so {@code null}
 * means unticked. The passwords are never rendered back.
 */
record ChangeForm(Boolean changeWeb, @Size(max = 64, message = "FIELD_INVALID") String oldPassword,
		@Size(max = 64, message = "FIELD_INVALID") String newPassword,
		@Size(max = 64, message = "FIELD_INVALID") String confirmation, Boolean syncVoice, Boolean changeWithdrawal,
		@Size(max = 64, message = "FIELD_INVALID") String oldWithdrawalPassword,
		@Size(max = 64, message = "FIELD_INVALID") String newWithdrawalPassword,
		@Size(max = 64, message = "FIELD_INVALID") String withdrawalConfirmation) {

	/** What the page shows first: web part and voice sync ticked, withdrawal not. */
	static ChangeForm initial() {
		return new ChangeForm(true, null, null, null, true, false, null, null, null);
	}

	public boolean web() {
		return Boolean.TRUE.equals(this.changeWeb);
	}

	public boolean voice() {
		return Boolean.TRUE.equals(this.syncVoice);
	}

	public boolean withdrawal() {
		return Boolean.TRUE.equals(this.changeWithdrawal);
	}

	boolean nothingTicked() {
		return !web() && !withdrawal();
	}

	/** The same body the JSON API takes: an unticked part is left out. */
	PasswordChangeRequest request() {
		WithdrawalChange withdrawalChange = withdrawal() ? new WithdrawalChange(text(this.oldWithdrawalPassword),
				text(this.newWithdrawalPassword), text(this.withdrawalConfirmation)) : null;
		if (!web()) {
			return new PasswordChangeRequest(null, null, null, null, withdrawalChange);
		}
		return new PasswordChangeRequest(text(this.oldPassword), text(this.newPassword), text(this.confirmation),
				voice(), withdrawalChange);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	@Override
	public String toString() {
		return "ChangeForm[web=" + web() + ", syncVoice=" + voice() + ", withdrawal=" + withdrawal() + "]";
	}

}
