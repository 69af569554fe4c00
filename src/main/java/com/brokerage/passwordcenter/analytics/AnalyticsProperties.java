package com.brokerage.passwordcenter.analytics;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

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
 * @param rollupEnabled whether this node runs the daily roll-up ({@link HistoryRollup});
 * any node may, the roll-up's lock lets one at a time fold
 * @param rollupEvery how often the roll-up runs
 * @param rollupLag an instance is folded only once it ended this long ago, so a
 * transaction still committing its end is not passed over; longer than the longest
 * transaction plus the clock difference between nodes
 * @param rollupBatch root instances folded per transaction
 * @param rollupMaxBatches the most batches one run folds (it shares the scheduler thread
 * with the gauges); the next run goes on
 * @param rollupKeep how long a start day's roll-up rows are kept: the engine's history
 * time-to-live, so a day leaves the roll-up about when its instances leave the history
 */
@Validated
@ConfigurationProperties("password-center.analytics")
public record AnalyticsProperties(@NotNull @DefaultValue("PT30M") Duration stuckAfter,
		@NotNull @DefaultValue("P93D") Duration maxPeriod, @NotNull @DefaultValue("PT30S") Duration gaugeRefresh,
		@DefaultValue("200") int maxStuckRows, @DefaultValue("true") boolean rollupEnabled,
		@NotNull @DurationMin(seconds = 10) @DefaultValue("PT5M") Duration rollupEvery,
		@NotNull @DurationMin(minutes = 1) @DefaultValue("PT5M") Duration rollupLag,
		@Min(1) @Max(1000) @DefaultValue("1000") int rollupBatch, @Min(1) @DefaultValue("20") int rollupMaxBatches,
		@NotNull @DurationMin(days = 1) @DefaultValue("P180D") Duration rollupKeep) {
}
