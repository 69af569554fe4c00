package com.brokerage.passwordcenter.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.policy.PasswordExpiryPolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The expiry policy of R-CHANGE-2, per business line from the password expiry table
 * ({@code dmn/password-expiry.dmn}). A password is expired from its expiry date on, the
 * date stored when it was changed; an account changed while its line had no maximum age
 * expires {@code maxAge} (of the latest table) after its last change.
 */
@Component
class PasswordExpiry {

	private final Function<BusinessLine, Optional<Period>> maxAge;

	private final ZoneId zone;

	private final Clock clock;

	@Autowired
	PasswordExpiry(PasswordExpiryPolicy policy, PasswordCenterProperties center, Clock clock) {
		this(policy::maxAge, center, clock);
	}

	PasswordExpiry(Function<BusinessLine, Optional<Period>> maxAge, PasswordCenterProperties center, Clock clock) {
		this.maxAge = maxAge;
		this.zone = center.zone();
		this.clock = clock;
	}

	/** The expiry date a password of this line set now gets; {@code null}: never. */
	LocalDate expiresOnIfChangedAt(BusinessLine line, Instant changedAt) {
		return this.maxAge.apply(line).map((age) -> changedAt.atZone(this.zone).toLocalDate().plus(age)).orElse(null);
	}

	LocalDate expiresOn(Account account) {
		if (account.getPasswordExpiresOn() != null) {
			return account.getPasswordExpiresOn();
		}
		return (account.getPasswordChangedAt() != null)
				? expiresOnIfChangedAt(account.getBusinessLine(), account.getPasswordChangedAt()) : null;
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
