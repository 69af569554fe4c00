package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily roll-up: folds every root instance that has ended (at least
 * {@code rollup-lag} ago) into the rows of its journey and start day, once, in the order
 * (END_TIME_, PROC_INST_ID_) past {@code analytics_rollup_mark}. Each batch is one
 * transaction that holds the mark's lock ({@code for update skip locked}): on two nodes
 * one folds while the other finds the lock taken and leaves the run to it, and a batch's
 * rows and the mark's move commit together. {@link JourneyAnalytics} adds the raw history
 * of what is not folded yet.
 */
@Component
class HistoryRollup {

	private static final Logger log = LoggerFactory.getLogger(HistoryRollup.class);

	/** The next ended root instances past the mark, oldest end first. */
	private static final String NEXT = "select p.PROC_INST_ID_, p.PROC_DEF_KEY_, p.START_TIME_, p.END_TIME_, p.STATE_,"
			+ " p.END_ACT_ID_, d.VERSION_ from ACT_HI_PROCINST p left join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_"
			+ " where p.END_TIME_ >= :markAt and p.END_TIME_ < :cutoff and (p.END_TIME_ > :markAt or"
			+ " p.PROC_INST_ID_ > :markId) and p.SUPER_PROCESS_INSTANCE_ID_ is null"
			+ " order by p.END_TIME_, p.PROC_INST_ID_ fetch first ";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate transactions;

	private final AnalyticsProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	HistoryRollup(JdbcTemplate jdbc, PlatformTransactionManager transactions, AnalyticsProperties properties,
			PasswordCenterProperties center, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.zone = center.zone();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${password-center.analytics.rollup-every:PT5M}",
			initialDelayString = "${password-center.analytics.rollup-every:PT5M}")
	void scheduled() {
		if (this.properties.rollupEnabled()) {
			run();
		}
	}

	/**
	 * Folds what ended before now − lag, at most {@code rollup-max-batches} batches, then
	 * drops the days older than {@code rollup-keep}; the instances folded (0 when another
	 * node holds the roll-up).
	 */
	int run() {
		Instant cutoff = this.clock.instant().minus(this.properties.rollupLag());
		int total = 0;
		for (int batch = 0; batch < this.properties.rollupMaxBatches(); batch++) {
			Integer folded = this.transactions.execute((status) -> batch(cutoff));
			if (folded == null || folded <= 0) {
				break;
			}
			total += folded;
			if (folded < this.properties.rollupBatch()) {
				break;
			}
		}
		this.transactions.executeWithoutResult((status) -> prune());
		if (total > 0) {
			log.info("analytics: rolled up {} ended journeys", total);
		}
		return total;
	}

	/** One batch under the mark's lock; −1 if another node holds it. */
	private int batch(Instant cutoff) {
		List<Mark> marks = this.jdbc.query(
				"select ended_at, instance_id from analytics_rollup_mark where id = 1 for update skip locked",
				(row, n) -> new Mark(row.getTimestamp(1), row.getString(2)));
		if (marks.isEmpty()) {
			return -1;
		}
		Mark mark = marks.get(0);
		Timestamp[] last = new Timestamp[1];
		String[] lastId = new String[1];
		// a number from our configuration, not from a request
		List<RollupBatch.Root> roots = this.named.query(NEXT + this.properties.rollupBatch() + " rows only",
				new MapSqlParameterSource("markAt", mark.endedAt()).addValue("markId", mark.instanceId())
					.addValue("cutoff", Timestamp.from(cutoff)),
				(row, n) -> {
					last[0] = row.getTimestamp(4);
					lastId[0] = row.getString(1);
					return new RollupBatch.Root(row.getString(1), row.getString(2),
							LocalDate.ofInstant(row.getTimestamp(3).toInstant(), this.zone), row.getInt(7),
							JourneyAnalytics.outcomeKey(row.getString(5), row.getString(6)));
				});
		if (roots.isEmpty()) {
			return 0;
		}
		RollupBatch batch = new RollupBatch(roots);
		MapSqlParameterSource ids = new MapSqlParameterSource("roots", batch.rootIds());
		Set<String> withIncident = new HashSet<>(this.named.queryForList(
				"select distinct ROOT_PROC_INST_ID_ from ACT_HI_INCIDENT where ROOT_PROC_INST_ID_ in (:roots)", ids,
				String.class));
		batch.incidents(withIncident);
		this.named.query("select a.ROOT_PROC_INST_ID_, a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_,"
				+ " a.START_TIME_, a.END_TIME_, a.DURATION_ from ACT_HI_ACTINST a where a.ROOT_PROC_INST_ID_ in (:roots)"
				+ " and not (" + JourneyAnalytics.NOT_A_STEP + ")", ids,
				(RowCallbackHandler) (row) -> batch.activity(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getTimestamp(6), row.getTimestamp(7) != null,
						row.getLong(8)));
		batch.write(this.jdbc);
		this.jdbc.update(
				"update analytics_rollup_mark set ended_at = ?, instance_id = ?, instances = instances + ?,"
						+ " revision = revision + 1, ran_at = ? where id = 1",
				last[0], lastId[0], roots.size(), Timestamp.from(this.clock.instant()));
		return roots.size();
	}

	/**
	 * Days older than {@code rollup-keep} go, under the same lock (bounded: one day a
	 * night).
	 */
	private void prune() {
		if (this.jdbc.query("select id from analytics_rollup_mark where id = 1 for update skip locked", (row, n) -> 1)
			.isEmpty()) {
			return;
		}
		LocalDate oldest = LocalDate.ofInstant(this.clock.instant(), this.zone)
			.minusDays(this.properties.rollupKeep().toDays());
		int deleted = 0;
		for (String table : List.of("analytics_rollup_outcome", "analytics_rollup_step", "analytics_rollup_duration")) {
			deleted += this.jdbc.update("delete from " + table + " where start_day < ?", oldest);
		}
		if (deleted > 0) {
			this.jdbc.update("update analytics_rollup_mark set revision = revision + 1 where id = 1");
			log.info("analytics: dropped {} roll-up rows of days before {}", deleted, oldest);
		}
	}

	/** How far the roll-up has come. */
	record Mark(Timestamp endedAt, String instanceId) {
	}

}
