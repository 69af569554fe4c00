package com.brokerage.passwordcenter.unlock;

import java.time.Clock;
import java.time.LocalDate;

import com.brokerage.passwordcenter.certificate.DeviceCertificateResolver;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.BirthDates;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;

/**
 * "Unlock now" (R-UNLOCK-1..4) for the JSON API and the portal's page: the typed birth
 * date, the device certificate of this request, {@link OnlineUnlock}'s outcome as a
 * refusal the customer can act on.
 */
@Service
public class OnlineUnlockService {

	private final OnlineUnlock unlock;

	private final DeviceCertificateResolver certificates;

	private final Clock clock;

	OnlineUnlockService(OnlineUnlock unlock, DeviceCertificateResolver certificates, Clock clock) {
		this.unlock = unlock;
		this.certificates = certificates;
		this.clock = clock;
	}

	/**
	 * Lifts the first lock (once).
	 * @throws ApiException why not: bad birth date, no certificate, identity, not locked,
	 * reissue only
	 */
	public void unlockNow(String nationalId, String birthDate, HttpServletRequest request) {
		LocalDate born = BirthDates.parseOrRefuse(birthDate, this.clock);
		UnlockEligibility outcome = this.unlock.request(TaiwanIds.normalize(nationalId), born,
				this.certificates.resolve(request));
		switch (outcome) {
			case ELIGIBLE -> {
			}
			case NO_CERTIFICATE -> throw new ApiException(ErrorCode.UNLOCK_NO_CERTIFICATE);
			case IDENTITY_MISMATCH -> throw new ApiException(ErrorCode.IDENTITY_MISMATCH);
			case NOT_LOCKED -> throw new ApiException(ErrorCode.UNLOCK_NOT_LOCKED);
			case REISSUE_ONLY -> throw new ApiException(ErrorCode.UNLOCK_REISSUE_ONLY);
		}
	}

}
