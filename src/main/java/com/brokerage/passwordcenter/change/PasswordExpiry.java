package com.brokerage.passwordcenter.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Account;

import org.springframework.stereotype.Component;

/**
 * The expiry policy of R-CHANGE-2 ({@code password-center.change.password-max-age}). A
 * password is expired from its expiry date on; an account changed before a policy was set
 * expires {@code max-age} after its last change.
 */
@Component
class PasswordExpiry {

	private final Period maxAge;

	private final ZoneId zone;

	private final Clock clock;

	PasswordExpiry(ChangeProperties properties, PasswordCenterProperties center, Clock clock) {
		this.maxAge = properties.passwordMaxAge();
		this.zone = center.zone();
		this.clock = clock;
	}

	/** The expiry date a password set now gets; {@code null} without a policy. */
	LocalDate expiresOnIfChangedAt(Instant changedAt) {
		return (this.maxAge != null) ? changedAt.atZone(this.zone).toLocalDate().plus(this.maxAge) : null;
	}

	LocalDate expiresOn(Account account) {
		if (account.getPasswordExpiresOn() != null) {
			return account.getPasswordExpiresOn();
		}
		return (account.getPasswordChangedAt() != null) ? expiresOnIfChangedAt(account.getPasswordChangedAt()) : null;
	}

	ExpiryStatus status(LocalDate expiresOn) {
		if (expiresOn == null) {
			return ExpiryStatus.NONE;
		}
		return today().isBefore(expiresOn) ? ExpiryStatus.VALID : ExpiryStatus.EXPIRED;
	}

	LocalDate changedOn(Account account) {
		return (account.getPasswordChangedAt() != null) ? account.getPasswordChangedAt().atZone(this.zone).toLocalDate()
				: null;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

}
