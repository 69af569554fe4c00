package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's step times from its two parts: a step none of whose executions is rolled up
 * keeps the exact figures of the raw history ({@code percentile_cont}); a step with
 * rolled up executions has its p50 / p90 read from the duration buckets of both parts
 * (within {@link DurationHistogram#MAX_RELATIVE_ERROR}), its count and max exact.
 */
final class StepTimes {

	/** A step's exact figures over the raw part. */
	record Raw(int version, String process, String activityId, String name, String type, long count, long p50, long p90,
			long max, Timestamp firstStarted) {
	}

	private final Map<String, Raw> raw = new LinkedHashMap<>();

	private final Map<String, RolledUpDays.Times> rolled = new LinkedHashMap<>();

	StepTimes(List<Raw> raw, List<RolledUpDays.Times> rolled) {
		raw.forEach((step) -> this.raw.put(key(step.version(), step.process(), step.activityId()), step));
		rolled.forEach((step) -> this.rolled.put(step.key(), step));
	}

	static String key(int version, String process, String activityId) {
		return version + "/" + process + "/" + activityId;
	}

	/**
	 * Whether the raw part's durations are needed one by one (some step is rolled up).
	 */
	boolean anyRolledUp() {
		return !this.rolled.isEmpty();
	}

	/** {@code executions} raw executions of a step that lasted {@code millis}. */
	void rawDuration(int version, String process, String activityId, long millis, long executions) {
		RolledUpDays.Times step = this.rolled.get(key(version, process, activityId));
		if (step != null) {
			step.durations().add(DurationHistogram.bucket(millis), executions);
			step.durations().max(millis);
		}
	}

	List<StepTime> result(String journey) {
		record Row(StepTime time, Timestamp firstStarted) {
		}
		List<Row> rows = new ArrayList<>();
		this.raw.forEach((key, step) -> {
			if (!this.rolled.containsKey(key)) {
				rows.add(new Row(
						new StepTime(journey, step.version(), step.process(), step.activityId(), step.name(),
								step.type(), step.count(), step.p50(), step.p90(), step.max(), false),
						step.firstStarted()));
			}
		});
		this.rolled.forEach((key, step) -> {
			Raw rawPart = this.raw.get(key);
			Timestamp first = (rawPart != null && rawPart.firstStarted().before(step.firstStarted()))
					? rawPart.firstStarted() : step.firstStarted();
			DurationHistogram durations = step.durations();
			rows.add(new Row(new StepTime(journey, step.version(), step.process(), step.activityId(), step.name(),
					step.type(), durations.total(), durations.percentile(0.5), durations.percentile(0.9),
					durations.max(), true), first));
		});
		rows.sort(Comparator.comparingInt((Row row) -> row.time().journeyVersion())
			.thenComparing(Row::firstStarted)
			.thenComparing((row) -> row.time().process())
			.thenComparing((row) -> row.time().activityId()));
		return rows.stream().map(Row::time).toList();
	}

}
