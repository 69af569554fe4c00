package com.brokerage.passwordcenter.reissue;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Online reissue: the daily limit (R-REISSUE-2), how long a customer step may stay
 * unfinished, how long the emailed link is valid (R-REISSUE-6), how often one client may
 * try a link, after how long a service step (sending a passcode or the link) counts as
 * delayed for the customer ({@code ReissueDelays}).
 */
@Validated
@ConfigurationProperties("password-center.reissue")
public record ReissueProperties(@Min(1) @DefaultValue("5") int dailyLimit,
		@NotNull @DefaultValue("PT15M") Duration stepTimeout, @NotNull @DefaultValue("PT24H") Duration linkValidity,
		@Valid @DefaultValue LinkAttempts linkAttempts, @NotNull @DefaultValue("PT1M") Duration delayedAfter) {

	/** At most {@code perClient} link attempts per client address in {@code per}. */
	public record LinkAttempts(@Min(1) @DefaultValue("10") int perClient, @NotNull @DefaultValue("PT1M") Duration per) {
	}

}
