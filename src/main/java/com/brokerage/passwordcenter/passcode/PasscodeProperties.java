package com.brokerage.passwordcenter.passcode;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The temporary passcode of R-REISSUE-4/7/8: 7 digits, valid 5 minutes, 5 wrong entries
 * void it, a resend only after the cooldown (the manual's countdown; 120 s decided).
 */
@Validated
@ConfigurationProperties("password-center.passcode")
public record PasscodeProperties(@Min(6) @Max(10) @DefaultValue("7") int length,
		@NotNull @DefaultValue("PT5M") Duration validity, @Min(1) @DefaultValue("5") int maxWrongAttempts,
		@NotNull @DefaultValue("PT120S") Duration resendCooldown) {

}
