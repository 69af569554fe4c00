package com.brokerage.passwordcenter.policy;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The policy tables of {@code dmn/} (docs/decisions.md, "Policy as DMN"): the ceilings a
 * deployed table may not exceed, and how often a node looks for a version deployed on
 * another node.
 */
@Validated
@ConfigurationProperties("password-center.policy")
public record PolicyProperties(@NotNull @DefaultValue("PT5S") Duration refreshInterval,
		@Valid @DefaultValue Ceilings ceilings) {

	/**
	 * The most a table may allow; each bounds what a slip of the analyst's finger would
	 * open to an attacker or a customer (docs/operations.md, "Policy ceilings").
	 */
	public record Ceilings(@Min(1) @DefaultValue("10") int loginFailures, @Min(1) @DefaultValue("10") int dailyLimit,
			@NotNull @DefaultValue("PT72H") Duration linkValidity, @NotNull @DefaultValue("PT1H") Duration stepTimeout,
			@Min(6) @Max(10) @DefaultValue("10") int passcodeLength,
			@NotNull @DefaultValue("PT15M") Duration passcodeValidity,
			@Min(1) @DefaultValue("10") int passcodeWrongAttempts,
			@NotNull @DefaultValue("PT10M") Duration passcodeResendCooldown) {
	}

}
