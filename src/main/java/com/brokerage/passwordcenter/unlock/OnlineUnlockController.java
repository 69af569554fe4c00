package com.brokerage.passwordcenter.unlock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import com.brokerage.passwordcenter.certificate.DeviceCertificateResolver;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.BirthDates;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The online unlock (R-UNLOCK): over HTTPS, with the device certificate of this customer.
 */
@RestController
class OnlineUnlockController {

	private final OnlineUnlock unlock;

	private final DeviceCertificateResolver certificates;

	private final Clock clock;

	OnlineUnlockController(OnlineUnlock unlock, DeviceCertificateResolver certificates, Clock clock) {
		this.unlock = unlock;
		this.certificates = certificates;
		this.clock = clock;
	}

	@Operation(summary = "Unlock now (R-UNLOCK-1..4): lifts a lock once; not for a forgotten password (R-UNLOCK-2)")
	@PostMapping("/api/v1/unlocks")
	Map<String, String> unlock(@Valid @RequestBody OnlineUnlockRequest body, HttpServletRequest request) {
		LocalDate birthDate = BirthDates.parse(body.birthDate(), this.clock)
			.orElseThrow(() -> new ApiException(ErrorCode.INVALID_BIRTH_DATE, "birthDate"));
		UnlockEligibility outcome = this.unlock.request(TaiwanIds.normalize(body.nationalId()), birthDate,
				this.certificates.resolve(request));
		return switch (outcome) {
			case ELIGIBLE -> Map.of("outcome", "UNLOCKED");
			case NO_CERTIFICATE -> throw new ApiException(ErrorCode.UNLOCK_NO_CERTIFICATE);
			case IDENTITY_MISMATCH -> throw new ApiException(ErrorCode.IDENTITY_MISMATCH);
			case NOT_LOCKED -> throw new ApiException(ErrorCode.UNLOCK_NOT_LOCKED);
			case REISSUE_ONLY -> throw new ApiException(ErrorCode.UNLOCK_REISSUE_ONLY);
		};
	}

}
