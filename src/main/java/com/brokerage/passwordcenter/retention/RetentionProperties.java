package com.brokerage.passwordcenter.retention;

import java.time.Period;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long our own tables keep a row (docs/operations.md, "Retention"): the audit as long
 * as a Taiwan brokerage must keep its records (5 years, the floor of the Money Laundering
 * Control Act art. 8 and the securities regulations), ended applications for enquiries,
 * spent passcodes and daily counters only briefly.
 */
@Validated
@ConfigurationProperties("password-center.retention")
public record RetentionProperties(@DefaultValue("true") boolean enabled,
		@NotBlank @DefaultValue("0 30 3 * * *") String cron, @NotNull @DefaultValue("P5Y") Period audit,
		@NotNull @DefaultValue("P90D") Period applications, @NotNull @DefaultValue("P1D") Period passcodes,
		@NotNull @DefaultValue("P2D") Period dailyCounts, @Min(100) @DefaultValue("1000") int batchSize,
		@Min(1) @DefaultValue("1000") int maxBatchesPerTable) {
}
