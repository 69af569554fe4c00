package com.brokerage.passwordcenter.analytics;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Journey analytics ({@code password-center.analytics.*}).
 *
 * @param stuckAfter a step waiting longer than this is "stuck" (the list and the gauge)
 * @param maxPeriod the longest period one funnel or step-time query may cover, so one
 * request cannot scan the whole history
 * @param gaugeRefresh how often the Prometheus gauges are recomputed (a scrape never
 * queries the database)
 * @param maxStuckRows the most stuck instances one answer lists, oldest first
 */
@Validated
@ConfigurationProperties("password-center.analytics")
public record AnalyticsProperties(@NotNull @DefaultValue("PT30M") Duration stuckAfter,
		@NotNull @DefaultValue("P93D") Duration maxPeriod, @NotNull @DefaultValue("PT30S") Duration gaugeRefresh,
		@DefaultValue("200") int maxStuckRows) {
}
