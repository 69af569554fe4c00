package com.brokerage.passwordcenter.change;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.time.ZoneId;

import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordExpiryTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	// 2024-03-01 23:30 in Taipei: still the 1st there, already past midnight nowhere else
	private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T15:30:00Z"), TAIPEI);

	@Test
	@DisplayName("R-CHANGE-2: without a policy (the default) a password never expires and the table shows NONE")
	void noPolicy() {
		PasswordExpiry expiry = expiry(null);
		assertThat(expiry.expiresOnIfChangedAt(BusinessLine.SECURITIES, this.clock.instant())).isNull();
		assertThat(expiry.status(null)).isEqualTo(ExpiryStatus.NONE);
	}

	@Test
	@DisplayName("R-CHANGE-2: with a maximum age of P90D a password set today expires 90 Taipei days later, expired from that day")
	void ninetyDays() {
		PasswordExpiry expiry = expiry(Period.ofDays(90));
		LocalDate expiresOn = expiry.expiresOnIfChangedAt(BusinessLine.SECURITIES, this.clock.instant());
		assertThat(expiresOn).isEqualTo(LocalDate.of(2024, 5, 30));
		assertThat(expiry.status(expiresOn)).isEqualTo(ExpiryStatus.VALID);
		this.clock.set(Instant.parse("2024-05-29T16:00:00Z"));
		assertThat(expiry.status(expiresOn)).isEqualTo(ExpiryStatus.EXPIRED);
	}

	private PasswordExpiry expiry(Period maxAge) {
		PasswordCenterProperties center = new PasswordCenterProperties(TAIPEI, null, null, null, null, null, null,
				null);
		return new PasswordExpiry((line) -> Optional.ofNullable(maxAge), center, this.clock);
	}

}
