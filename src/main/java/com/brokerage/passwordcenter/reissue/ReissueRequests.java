package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.customer.CustomerId;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the reissue API. Secrets are excluded from {@code toString}. */
final class ReissueRequests {

	private ReissueRequests() {
	}

	/** R-REISSUE-1: ID / business number and birth date YYYYMMDD. */
	record Start(@NotBlank(message = "FIELD_REQUIRED") @CustomerId String nationalId,
			@NotBlank(message = "FIELD_REQUIRED") String birthDate) {
	}

	record ChooseAccount(@NotNull(message = "FIELD_REQUIRED") Long accountId) {
	}

	record ChooseChannel(@NotNull(message = "FIELD_REQUIRED") PasscodeChannel channel) {
	}

	record Passcode(@NotBlank(message = "FIELD_REQUIRED") @Size(max = 16, message = "FIELD_INVALID") String passcode) {

		@Override
		public String toString() {
			return "Passcode[***]";
		}

	}

	record NewPassword(@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64) String initialPassword,
			@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64) String newPassword,
			@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64) String confirmation) {

		@Override
		public String toString() {
			return "NewPassword[***]";
		}

	}

	/**
	 * R-REISSUE-6: the token of the emailed link, checked by the service (one answer).
	 */
	record OpenLink(String token) {

		@Override
		public String toString() {
			return "OpenLink[***]";
		}

	}

}
