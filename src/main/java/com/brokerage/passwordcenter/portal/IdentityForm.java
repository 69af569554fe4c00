package com.brokerage.passwordcenter.portal;

import com.brokerage.passwordcenter.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;

/**
 * Step 1 of the reissue (R-REISSUE-1) and the online unlock (R-UNLOCK-1): ID and birth
 * date {@code YYYYMMDD}, checked like the API's bodies.
 */
record IdentityForm(@NotBlank(message = "FIELD_REQUIRED") @CustomerId String nationalId,
		@NotBlank(message = "FIELD_REQUIRED") String birthDate) {

	static IdentityForm empty() {
		return new IdentityForm("", "");
	}

}
