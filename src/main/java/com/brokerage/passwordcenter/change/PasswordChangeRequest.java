package com.brokerage.passwordcenter.change;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * One submit of the change form (R-CHANGE-1/3): the web login password part (old, new,
 * confirmation, "sync voice", ticked by default) and, ticked separately, the futures
 * withdrawal password part. Either part may be left out, not both. Secrets stay out of
 * {@code toString}.
 */
public record PasswordChangeRequest(@Size(max = 64, message = "FIELD_INVALID") String oldPassword,
		@Size(max = 64, message = "FIELD_INVALID") String newPassword,
		@Size(max = 64, message = "FIELD_INVALID") String confirmation, Boolean syncVoice,
		@Valid WithdrawalChange withdrawal) {

	/** The web part is ticked as soon as any of its fields is sent. */
	boolean changesWeb() {
		return this.oldPassword != null || this.newPassword != null || this.confirmation != null
				|| this.withdrawal == null;
	}

	boolean changesWithdrawal() {
		return this.withdrawal != null;
	}

	/** R-PWD-3: ticked unless the customer unticks it. */
	boolean syncsVoice() {
		return this.syncVoice == null || this.syncVoice;
	}

	@Override
	public String toString() {
		return "PasswordChangeRequest[web=" + changesWeb() + ", syncVoice=" + syncsVoice() + ", withdrawal="
				+ changesWithdrawal() + "]";
	}

	/** R-CHANGE-3, R-PWD-2: the online withdrawal password of a futures account. */
	public record WithdrawalChange(@Size(max = 64, message = "FIELD_INVALID") String oldWithdrawalPassword,
			@Size(max = 64, message = "FIELD_INVALID") String newWithdrawalPassword,
			@Size(max = 64, message = "FIELD_INVALID") String withdrawalConfirmation) {

		@Override
		public String toString() {
			return "WithdrawalChange[***]";
		}

	}

}
