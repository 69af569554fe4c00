package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One batch of ended root instances folded into the roll-up's rows: what each adds to its
 * journey's start day, then written as increments (update, or insert where the row is
 * new). Only one batch writes at a time (the roll-up's lock), so update-then-insert is
 * safe.
 */
final class RollupBatch {

	/** An ended root instance: its journey, start day and version, and how it ended. */
	record Root(String id, String journey, LocalDate day, int version, String outcome) {
	}

	private record OutcomeKey(String journey, LocalDate day, String outcome) {
	}

	private record StepKey(String journey, LocalDate day, int version, String process, String activity) {
	}

	private record BucketKey(StepKey step, int bucket) {
	}

	private static final class Step {

		String name;

		String type;

		final Set<String> instances = new HashSet<>();

		long finished;

		long maxMillis;

		Timestamp firstStarted;

	}

	private final Map<String, Root> roots = new LinkedHashMap<>();

	private final Map<OutcomeKey, long[]> outcomes = new LinkedHashMap<>();

	private final Map<StepKey, Step> steps = new LinkedHashMap<>();

	private final Map<BucketKey, Long> buckets = new LinkedHashMap<>();

	RollupBatch(List<Root> roots) {
		roots.forEach((root) -> this.roots.put(root.id(), root));
	}

	List<String> rootIds() {
		return new ArrayList<>(this.roots.keySet());
	}

	/** The instances that had an incident (their own, or in a process they called). */
	void incidents(Set<String> withIncident) {
		for (Root root : this.roots.values()) {
			long[] counts = this.outcomes.computeIfAbsent(new OutcomeKey(root.journey(), root.day(), root.outcome()),
					(key) -> new long[2]);
			counts[0]++;
			counts[1] += withIncident.contains(root.id()) ? 1 : 0;
		}
	}

	/** One activity row of a root instance (steps and end events only). */
	void activity(String rootId, String process, String activity, String name, String type, Timestamp started,
			boolean finished, long millis) {
		Root root = this.roots.get(rootId);
		Step step = this.steps.computeIfAbsent(
				new StepKey(root.journey(), root.day(), root.version(), process, activity), (key) -> new Step());
		step.name = max(step.name, name);
		step.type = max(step.type, type);
		step.instances.add(rootId);
		if (step.firstStarted == null || started.before(step.firstStarted)) {
			step.firstStarted = started;
		}
		if (finished) {
			step.finished++;
			step.maxMillis = Math.max(step.maxMillis, millis);
			this.buckets.merge(new BucketKey(new StepKey(root.journey(), root.day(), root.version(), process, activity),
					DurationHistogram.bucket(millis)), 1L, Long::sum);
		}
	}

	void write(JdbcTemplate jdbc) {
		upsert(jdbc,
				"update analytics_rollup_outcome set instances = instances + ?, with_incident = with_incident + ?"
						+ " where journey = ? and start_day = ? and outcome = ?",
				"insert into analytics_rollup_outcome (instances, with_incident, journey, start_day, outcome)"
						+ " values (?, ?, ?, ?, ?)",
				this.outcomes, (entry) -> new Object[] { entry.getValue()[0], entry.getValue()[1],
						entry.getKey().journey(), entry.getKey().day(), entry.getKey().outcome() });
		upsert(jdbc, "update analytics_rollup_step set instances = instances + ?, finished = finished + ?,"
				+ " max_ms = greatest(max_ms, ?), first_started = least(first_started, ?),"
				+ " activity_name = coalesce(activity_name, ?), activity_type = coalesce(activity_type, ?) where journey = ? and start_day = ? and journey_version = ? and process_key = ?"
				+ " and activity_id = ?",
				"insert into analytics_rollup_step (instances, finished, max_ms, first_started, activity_name,"
						+ " activity_type, journey, start_day, journey_version, process_key, activity_id)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				this.steps, (entry) -> {
					Step step = entry.getValue();
					StepKey key = entry.getKey();
					return new Object[] { step.instances.size(), step.finished, step.maxMillis, step.firstStarted,
							step.name, step.type, key.journey(), key.day(), key.version(), key.process(),
							key.activity() };
				});
		upsert(jdbc,
				"update analytics_rollup_duration set executions = executions + ? where journey = ? and start_day = ?"
						+ " and journey_version = ? and process_key = ? and activity_id = ? and bucket = ?",
				"insert into analytics_rollup_duration (executions, journey, start_day, journey_version, process_key,"
						+ " activity_id, bucket) values (?, ?, ?, ?, ?, ?, ?)",
				this.buckets, (entry) -> {
					StepKey key = entry.getKey().step();
					return new Object[] { entry.getValue(), key.journey(), key.day(), key.version(), key.process(),
							key.activity(), entry.getKey().bucket() };
				});
	}

	/**
	 * Adds each row's increments to its row, inserting the rows that did not exist yet.
	 */
	private static <K, V> void upsert(JdbcTemplate jdbc, String update, String insert, Map<K, V> rows,
			Function<Map.Entry<K, V>, Object[]> values) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> all = rows.entrySet().stream().map(values).toList();
		int[] updated = jdbc.batchUpdate(update, all);
		List<Object[]> fresh = new ArrayList<>();
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				fresh.add(all.get(i));
			}
		}
		if (!fresh.isEmpty()) {
			jdbc.batchUpdate(insert, fresh);
		}
	}

	private static String max(String current, String candidate) {
		if (current == null) {
			return candidate;
		}
		return (candidate != null && candidate.compareTo(current) > 0) ? candidate : current;
	}

}
