package com.brokerage.passwordcenter.common;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long we wait for the database before we answer {@code 503} (docs/operations.md,
 * "What happens when … is down"): for a pooled connection, for a connection's check, for
 * one statement; what {@code Retry-After} tells clients; how often readiness probes it.
 *
 * @param poolWait the longest a request or job waits for a connection (Hikari's
 * {@code connectionTimeout}; at least 250 ms)
 * @param validationTimeout the longest a connection's liveness check may take (below
 * {@code poolWait})
 * @param statementTimeout the longest one statement may run, lock waits included
 * (PostgreSQL {@code statement_timeout}, H2 {@code QUERY_TIMEOUT})
 * @param retryAfter the {@code Retry-After} of a {@code 503 SERVICE_UNAVAILABLE}
 * @param healthInterval how often the database health probe runs (readiness reads its
 * last result, so it never waits for the database)
 */
@Validated
@ConfigurationProperties("password-center.database")
public record DatabaseProperties(@NotNull @DefaultValue("1500ms") Duration poolWait,
		@NotNull @DefaultValue("500ms") Duration validationTimeout,
		@NotNull @DefaultValue("10s") Duration statementTimeout, @NotNull @DefaultValue("30s") Duration retryAfter,
		@NotNull @DefaultValue("1s") Duration healthInterval) {

	public DatabaseProperties {
		if (poolWait != null && poolWait.toMillis() < 250) {
			throw new IllegalArgumentException("password-center.database.pool-wait must be at least 250ms");
		}
		if (poolWait != null && validationTimeout != null && validationTimeout.compareTo(poolWait) >= 0) {
			throw new IllegalArgumentException(
					"password-center.database.validation-timeout must be shorter than pool-wait");
		}
	}

}
