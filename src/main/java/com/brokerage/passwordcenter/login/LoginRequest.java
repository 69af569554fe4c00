package com.brokerage.passwordcenter.login;

import com.brokerage.passwordcenter.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * R-LOGIN-1: national ID (or business number), password, and the ALTCHA solution. The
 * password is only checked for presence and size here: a wrong-format password is just a
 * wrong password.
 */
record LoginRequest(@NotBlank(message = "FIELD_REQUIRED") @CustomerId String nationalId,
		@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64, message = "FIELD_INVALID") String password,
		String altcha) {

	@Override
	public String toString() {
		return "LoginRequest[nationalId=" + nationalId + "]";
	}

}
