package com.brokerage.passwordcenter.reissue;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Online reissue: how often one client may try a link, after how long a service step
 * (sending a passcode or the link) counts as delayed for the customer
 * ({@code ReissueDelays}). The daily limit, the link validity and the step timeout are in
 * the reissue limits table ({@code dmn/reissue-limits.dmn}, issue 19).
 */
@Validated
@ConfigurationProperties("password-center.reissue")
public record ReissueProperties(@Valid @DefaultValue LinkAttempts linkAttempts,
		@NotNull @DefaultValue("PT1M") Duration delayedAfter) {

	/** At most {@code perClient} link attempts per client address in {@code per}. */
	public record LinkAttempts(@Min(1) @DefaultValue("10") int perClient, @NotNull @DefaultValue("PT1M") Duration per) {
	}

}
