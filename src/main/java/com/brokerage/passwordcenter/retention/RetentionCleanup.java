package com.brokerage.passwordcenter.retention;

import java.sql.Timestamp;
import java.time.Clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes rows of our tables older than their retention ({@link RetentionProperties}),
 * once a night. Safe on N nodes without a lock: every statement deletes rows past a fixed
 * cut-off in small batches, each its own short transaction, so two nodes running it at
 * once only find fewer rows (a row deleted by one is no longer seen by the other) and the
 * second run is a no-op. The engine's own history has its TTL and clean-up
 * ({@code historyTimeToLive}).
 */
@Component
public class RetentionCleanup {

	private static final Logger log = LoggerFactory.getLogger(RetentionCleanup.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final RetentionProperties retention;

	private final ZoneId zone;

	private final Clock clock;

	RetentionCleanup(JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail audit,
			RetentionProperties retention, PasswordCenterProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.audit = audit;
		this.retention = retention;
		this.zone = properties.zone();
		this.clock = clock;
	}

	@Scheduled(cron = "${password-center.retention.cron:0 30 3 * * *}", zone = "${password-center.zone:Asia/Taipei}")
	void scheduled() {
		if (this.retention.enabled()) {
			run();
		}
	}

	/** One pass over every table; the rows deleted per table. */
	public Map<String, Integer> run() {
		ZonedDateTime now = ZonedDateTime.ofInstant(this.clock.instant(), this.zone);
		Map<String, Integer> deleted = new LinkedHashMap<>();
		deleted.put("audit_record", batched("audit_record", "id", "occurred_at < ?", at(now, this.retention.audit())));
		// a spent or expired passcode is only needed until its application ends
		deleted.put("passcode",
				batched("passcode", "application_id", "expires_at < ?", at(now, this.retention.passcodes())));
		Timestamp applications = at(now, this.retention.applications());
		// the passcode of an old application goes with it (no foreign key between them)
		deleted.put("reissue_application",
				batched("passcode", "application_id",
						"application_id in (select id from reissue_application where ended_at < ?)", applications)
						+ batched("reissue_application", "id", "ended_at < ?", applications));
		deleted.put("unification_application", batched("unification_application", "id", "ended_at < ?", applications));
		LocalDate lastCountDay = now.toLocalDate().minus(this.retention.dailyCounts());
		// one row per ID typed per day, read only for today (R-REISSUE-2)
		deleted.put("reissue_daily_count", this.transactions.execute(
				(status) -> this.jdbc.update("delete from reissue_daily_count where count_day < ?", lastCountDay)));
		int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			String detail = deleted.toString();
			this.audit.record(AuditEntry
				.by(ActorType.SYSTEM, "retention", AuditAction.RETENTION_CLEANUP, Channel.SYSTEM, "DELETED")
				.detail(detail.length() <= 255 ? detail : detail.substring(0, 255)));
			log.info("retention: deleted {}", deleted);
		}
		return deleted;
	}

	private static Timestamp at(ZonedDateTime now, java.time.Period period) {
		return Timestamp.from(now.minus(period).toInstant());
	}

	/**
	 * {@code batchSize} rows per transaction, at most {@code maxBatchesPerTable} per run:
	 * bounded work and short locks however much is due. Rows another node is deleting
	 * right now are skipped ({@code skip locked}, H2 and PostgreSQL), not waited for: two
	 * nodes at once share the work instead of one timing out behind the other.
	 */
	private int batched(String table, String key, String condition, Object cutoff) {
		String select = "select " + key + " from " + table + " where " + condition + " order by " + key + " limit "
				+ this.retention.batchSize() + " for update skip locked";
		int total = 0;
		for (int batch = 0; batch < this.retention.maxBatchesPerTable(); batch++) {
			Integer deleted = this.transactions.execute((status) -> {
				List<Object> keys = this.jdbc.queryForList(select, Object.class, cutoff);
				if (keys.isEmpty()) {
					return 0;
				}
				return this.jdbc.update("delete from " + table + " where " + key + " in ("
						+ String.join(",", Collections.nCopies(keys.size(), "?")) + ")", keys.toArray());
			});
			total += deleted;
			if (deleted < this.retention.batchSize()) {
				break;
			}
		}
		return total;
	}

}
