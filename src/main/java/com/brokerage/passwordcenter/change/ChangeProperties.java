package com.brokerage.passwordcenter.change;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Password change (R-CHANGE-2): how long a web password stays valid. Unset (the default)
 * means passwords never expire, as the manual's table shows ("-"); e.g. {@code P90D} or
 * {@code 90d} makes a password expire 90 days after it was set.
 */
@Validated
@ConfigurationProperties("password-center.change")
public record ChangeProperties(Period passwordMaxAge) {

	public ChangeProperties {
		if (passwordMaxAge != null && (passwordMaxAge.isZero() || passwordMaxAge.isNegative())) {
			throw new IllegalArgumentException("password-center.change.password-max-age must be positive when set");
		}
	}

}
