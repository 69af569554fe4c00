package com.brokerage.passwordcenter.portal;

import com.brokerage.passwordcenter.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The login form (R-LOGIN-1), checked like the API's login body. The password is never
 * rendered back.
 */
record LoginForm(@NotBlank(message = "FIELD_REQUIRED") @CustomerId String nationalId,
		@NotBlank(message = "FIELD_REQUIRED") @Size(max = 64, message = "FIELD_INVALID") String password,
		String altcha) {

	static LoginForm empty() {
		return new LoginForm("", null, null);
	}

	@Override
	public String toString() {
		return "LoginForm[***]";
	}

}
