package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@link HistoryRollup} has folded, for a journey and a period of start days, and
 * its mark: the raw history to add is that of the period's root instances past the mark.
 */
@Component
class RolledUpDays {

	/** Every root instance at or before (endedAt, instanceId) is folded. */
	record Mark(Timestamp endedAt, String instanceId, long revision) {
	}

	/** Instances of one start day that ended one way. */
	record Outcome(LocalDate day, String outcome, long instances, long withIncident) {
	}

	/** A step reached, over the period's days and the journey's versions. */
	record Step(String process, String activityId, String name, String type, long instances, Timestamp firstStarted) {
	}

	/** A step's finished executions of one journey version, with their durations. */
	record Times(int version, String process, String activityId, String name, String type, Timestamp firstStarted,
			DurationHistogram durations) {

		String key() {
			return StepTimes.key(this.version, this.process, this.activityId);
		}

	}

	private static final String PERIOD = " where journey = :key and start_day between :from and :to";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	RolledUpDays(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Runs {@code read} (roll-up rows and the raw rest past the mark) so that no batch of
	 * the roll-up commits in between: retried when the mark moved meanwhile, and at last
	 * under the mark's lock (waiting for the batch in progress).
	 */
	<T> T consistently(Function<Mark, T> read) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Mark before = mark("");
			T result = read.apply(before);
			if (before.equals(mark(""))) {
				return result;
			}
		}
		return this.transactions.execute((status) -> read.apply(mark(" for update")));
	}

	private Mark mark(String lock) {
		return this.jdbc.queryForObject(
				"select ended_at, instance_id, revision from analytics_rollup_mark where id = 1" + lock, Map.of(),
				(row, n) -> new Mark(row.getTimestamp(1), row.getString(2), row.getLong(3)));
	}

	List<Outcome> outcomes(Journey journey, LocalDate from, LocalDate to) {
		return this.jdbc.query(
				"select start_day, outcome, instances, with_incident from analytics_rollup_outcome" + PERIOD,
				period(journey, from, to), (row, n) -> new Outcome(row.getObject(1, LocalDate.class), row.getString(2),
						row.getLong(3), row.getLong(4)));
	}

	List<Step> steps(Journey journey, LocalDate from, LocalDate to) {
		return this.jdbc.query(
				"select process_key, activity_id, max(activity_name), max(activity_type),"
						+ " sum(instances), min(first_started) from analytics_rollup_step" + PERIOD
						+ " group by process_key, activity_id",
				period(journey, from, to), (row, n) -> new Step(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getLong(5), row.getTimestamp(6)));
	}

	/**
	 * Finished executions per version and step (end events are no step one spends time
	 * in).
	 */
	List<Times> times(Journey journey, LocalDate from, LocalDate to) {
		MapSqlParameterSource period = period(journey, from, to);
		String steps = PERIOD + " and activity_type not like '%EndEvent' and finished > 0";
		List<Times> times = this.jdbc.query("select journey_version, process_key, activity_id, max(activity_name),"
				+ " max(activity_type), min(first_started), max(max_ms) from analytics_rollup_step" + steps
				+ " group by journey_version, process_key, activity_id", period, (row, n) -> {
					DurationHistogram durations = new DurationHistogram();
					durations.max(row.getLong(7));
					return new Times(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
							row.getString(5), row.getTimestamp(6), durations);
				});
		if (times.isEmpty()) {
			return times;
		}
		Map<String, DurationHistogram> byKey = new HashMap<>();
		times.forEach((time) -> byKey.put(time.key(), time.durations()));
		this.jdbc.query("select journey_version, process_key, activity_id, bucket, sum(executions)"
				+ " from analytics_rollup_duration" + PERIOD
				+ " group by journey_version, process_key, activity_id, bucket", period, (row) -> {
					DurationHistogram durations = byKey
						.get(StepTimes.key(row.getInt(1), row.getString(2), row.getString(3)));
					if (durations != null) {
						durations.add(row.getInt(4), row.getLong(5));
					}
				});
		return times;
	}

	private static MapSqlParameterSource period(Journey journey, LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("key", journey.processKey()).addValue("from", from).addValue("to", to);
	}

}
