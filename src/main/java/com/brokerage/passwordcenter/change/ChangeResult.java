package com.brokerage.passwordcenter.change;

import java.time.LocalDate;
import java.util.List;

/**
 * What one submit changed: the accounts whose web password (and voice password, when
 * synced) and whose withdrawal password are new, and the new expiry date, if any.
 */
public record ChangeResult(List<Long> webPasswordChanged, boolean voicePasswordSynced,
		List<Long> withdrawalPasswordChanged, LocalDate passwordExpiresOn) {
}
