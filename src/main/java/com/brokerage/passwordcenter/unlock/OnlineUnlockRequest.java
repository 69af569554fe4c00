package com.brokerage.passwordcenter.unlock;

import com.brokerage.passwordcenter.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;

/** R-UNLOCK-1: national ID and birth date {@code YYYYMMDD}; "unlock now". */
record OnlineUnlockRequest(@NotBlank(message = "FIELD_REQUIRED") @CustomerId String nationalId,
		@NotBlank(message = "FIELD_REQUIRED") String birthDate) {

}
