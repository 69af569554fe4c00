package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period's step times from its two parts: a step none of whose executions is rolled up
 * keeps the exact figures of the raw history ({@code percentile_cont}: the database's
 * when nothing of the period is rolled up, else the same definition over the raw
 * durations here); a step with rolled up executions has its p50 / p90 read from the
 * duration buckets of both parts (within {@link DurationHistogram#MAX_RELATIVE_ERROR}),
 * its count and max exact.
 */
final class StepTimes {

	/** A step's exact figures over the raw part. */
	record Raw(int version, String process, String activityId, String name, String type, long count, long p50, long p90,
			long max, Timestamp firstStarted) {
	}

	private final Map<String, Raw> raw = new LinkedHashMap<>();

	private final Map<String, RolledUpDays.Times> rolled = new LinkedHashMap<>();

	/** Raw durations (ms to executions) of the steps that have no rolled up execution. */
	private final Map<String, TreeMap<Long, Long>> rawOnly = new LinkedHashMap<>();

	private final Map<String, Raw> rawOnlySteps = new LinkedHashMap<>();

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
	void rawDuration(int version, String process, String activityId, String name, String type, Timestamp firstStarted,
			long millis, long executions) {
		String key = key(version, process, activityId);
		RolledUpDays.Times step = this.rolled.get(key);
		if (step != null) {
			step.durations().add(DurationHistogram.bucket(millis), executions);
			step.durations().max(millis);
			if (firstStarted.before(step.firstStarted())) {
				this.rolled.put(key, new RolledUpDays.Times(version, process, activityId, step.name(), step.type(),
						firstStarted, step.durations()));
			}
			return;
		}
		this.rawOnly.computeIfAbsent(key, (k) -> new TreeMap<>()).merge(millis, executions, Long::sum);
		this.rawOnlySteps.merge(key, new Raw(version, process, activityId, name, type, 0, 0, 0, 0, firstStarted),
				(a, b) -> a.firstStarted().before(b.firstStarted()) ? a : b);
	}

	List<StepTime> result(String journey) {
		this.rawOnlySteps.forEach((key, step) -> this.raw.put(key, exact(step, this.rawOnly.get(key))));
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
			DurationHistogram durations = step.durations();
			rows.add(new Row(new StepTime(journey, step.version(), step.process(), step.activityId(), step.name(),
					step.type(), durations.total(), durations.percentile(0.5), durations.percentile(0.9),
					durations.max(), true), step.firstStarted()));
		});
		rows.sort(Comparator.comparingInt((Row row) -> row.time().journeyVersion())
			.thenComparing(Row::firstStarted)
			.thenComparing((row) -> row.time().process())
			.thenComparing((row) -> row.time().activityId()));
		return rows.stream().map(Row::time).toList();
	}

	/**
	 * A step's exact figures from its raw durations, as {@code percentile_cont} gives
	 * them.
	 */
	private static Raw exact(Raw step, TreeMap<Long, Long> durations) {
		long count = durations.values().stream().mapToLong(Long::longValue).sum();
		return new Raw(step.version(), step.process(), step.activityId(), step.name(), step.type(), count,
				Math.round(percentileCont(durations, count, 0.5)), Math.round(percentileCont(durations, count, 0.9)),
				durations.lastKey(), step.firstStarted());
	}

	/**
	 * The value at position fraction × (n − 1) of the sorted durations, linear between
	 * neighbours.
	 */
	private static double percentileCont(TreeMap<Long, Long> durations, long count, double fraction) {
		double position = fraction * (count - 1);
		long below = (long) Math.floor(position);
		double lower = valueAt(durations, below);
		double upper = valueAt(durations, Math.min(below + 1, count - 1));
		return lower + (position - below) * (upper - lower);
	}

	private static long valueAt(TreeMap<Long, Long> durations, long rank) {
		long seen = 0;
		for (Map.Entry<Long, Long> duration : durations.entrySet()) {
			seen += duration.getValue();
			if (rank < seen) {
				return duration.getKey();
			}
		}
		return durations.lastKey();
	}

}
