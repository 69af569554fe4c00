package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made history of reissues without certificate, written straight into Camunda's
 * history tables with the times a test chooses: one root instance at a time, step after
 * step, as the engine would have recorded it. Ids start with {@link #PREFIX}, so
 * {@link #deleteAll} removes exactly these rows.
 */
final class HistoryRows {

	static final String PREFIX = "rollup-test-";

	private static final String JOURNEY = "reissue-without-certificate";

	private final JdbcTemplate jdbc;

	private int rows;

	HistoryRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A root instance of the journey's definition {@code definition} started at
	 * {@code start}.
	 */
	Instance start(String id, String definition, Instant start) {
		return new Instance(PREFIX + id, definition, start);
	}

	void deleteAll() {
		this.jdbc.update("delete from ACT_HI_ACTINST where ID_ like ?", PREFIX + "%");
		this.jdbc.update("delete from ACT_HI_INCIDENT where ID_ like ?", PREFIX + "%");
		this.jdbc.update("delete from ACT_HI_PROCINST where ID_ like ?", PREFIX + "%");
	}

	final class Instance {

		private final String id;

		private final String definition;

		private final Instant start;

		private Instant now;

		private Instance(String id, String definition, Instant start) {
			this.id = id;
			this.definition = definition;
			this.start = start;
			this.now = start;
			step(JOURNEY, "StartEvent_Applied", "申請", "startEvent", 0);
		}

		/** A finished step of the journey that took {@code millis}. */
		Instance step(String activity, String name, String type, long millis) {
			return step(JOURNEY, activity, name, type, millis);
		}

		/** A finished step of the passcode process it calls. */
		Instance passcode(String activity, String name, String type, long millis) {
			return step("passcode", activity, name, type, millis);
		}

		/** A step it waits in now (not finished). */
		Instance waitingAt(String activity, String name, String type) {
			insertActivity(JOURNEY, activity, name, type, this.now, null, null);
			return this;
		}

		/** An incident at a step; {@code open} or already ended. */
		Instance incident(String activity, boolean open) {
			HistoryRows.this.jdbc.update(
					"insert into ACT_HI_INCIDENT (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
							+ " CREATE_TIME_, END_TIME_, INCIDENT_TYPE_, ACTIVITY_ID_, INCIDENT_MSG_)"
							+ " values (?, ?, ?, ?, ?, ?, ?, 'failedJob', ?, 'mail to ch***@example.com failed')",
					nextId(), JOURNEY, this.definition, this.id, this.id, Timestamp.from(this.now),
					open ? null : Timestamp.from(this.now.plusSeconds(60)), activity);
			return this;
		}

		/** Ends at the end event after the steps so far, or at {@code at} if given. */
		void completed(String endEvent, String name, Instant at) {
			this.now = (at != null) ? at : this.now;
			insertActivity(JOURNEY, endEvent, name, "noneEndEvent", this.now, this.now, 0L);
			instance(this.now, endEvent, "COMPLETED");
		}

		/** Cancelled by an operator now. */
		void cancelled() {
			instance(this.now, null, "EXTERNALLY_TERMINATED");
		}

		/** Still running. */
		void running() {
			instance(null, null, "ACTIVE");
		}

		private Instance step(String process, String activity, String name, String type, long millis) {
			Instant begin = this.now;
			this.now = begin.plus(Duration.ofMillis(millis));
			insertActivity(process, activity, name, type, begin, this.now, millis);
			return this;
		}

		private void insertActivity(String process, String activity, String name, String type, Instant begin,
				Instant end, Long millis) {
			String instance = "passcode".equals(process) ? this.id + "-passcode" : this.id;
			HistoryRows.this.jdbc.update(
					"insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
							+ " EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					nextId(), process, this.definition, this.id, instance, instance, activity, name, type,
					Timestamp.from(begin), (end != null) ? Timestamp.from(end) : null, millis);
		}

		private void instance(Instant end, String endEvent, String state) {
			HistoryRows.this.jdbc.update(
					"insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
							+ " START_TIME_, END_TIME_, DURATION_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					this.id, this.id, this.id, JOURNEY, this.definition, Timestamp.from(this.start),
					(end != null) ? Timestamp.from(end) : null,
					(end != null) ? Duration.between(this.start, end).toMillis() : null, endEvent, this.id, state);
		}

		private String nextId() {
			return PREFIX + "row-" + (++HistoryRows.this.rows);
		}

	}

}
