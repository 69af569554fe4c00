package com.brokerage.passwordcenter.unify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * R-UNIFY-1: the original (old) password, the new unified password and its confirmation.
 * Secrets stay out of {@code toString}.
 */
public record UnifiedPasswordRequest(
		@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64, message = "FIELD_INVALID") String oldPassword,
		@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64, message = "FIELD_INVALID") String newPassword,
		@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64, message = "FIELD_INVALID") String confirmation) {

	@Override
	public String toString() {
		return "UnifiedPasswordRequest[***]";
	}

}
