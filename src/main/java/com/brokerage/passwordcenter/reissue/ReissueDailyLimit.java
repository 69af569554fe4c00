package com.brokerage.passwordcenter.reissue;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import com.brokerage.passwordcenter.password.KeyedHasher;
import com.brokerage.passwordcenter.policy.ReissueLimitsPolicy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-REISSUE-2: at most N online reissue applications per ID per calendar day in
 * Asia/Taipei, N from the reissue limits table ({@code dmn/reissue-limits.dmn}). Every
 * step-1 attempt with a well-formed ID counts — also for unknown IDs and wrong birth
 * dates, so the limit also caps birth-date guessing. The counter is keyed by a keyed hash
 * of the ID (no row for an unknown ID's clear text) and taken with one conditional MERGE,
 * so parallel attempts cannot exceed it.
 */
@Component
class ReissueDailyLimit {

	private static final String TAKE = """
			merge into reissue_daily_count c
			using (select cast(? as varchar(64)) as id_key, cast(? as date) as count_day) a
			on c.id_key = a.id_key and c.count_day = a.count_day
			when matched and c.attempts < ? then update set attempts = c.attempts + 1
			when not matched then insert (id_key, count_day, attempts) values (a.id_key, a.count_day, 1)
			""";

	private final JdbcTemplate jdbc;

	private final KeyedHasher hasher;

	private final ReissueLimitsPolicy policy;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	ReissueDailyLimit(JdbcTemplate jdbc, KeyedHasher hasher, ReissueLimitsPolicy policy, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.hasher = hasher;
		this.policy = policy;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * One step-1 attempt: taken or not, and the limit that decided it (the refusal names
	 * it).
	 */
	record Answer(boolean taken, int limit) {
	}

	/**
	 * Takes one of today's applications, under the latest table, in one transaction of
	 * its own: the evaluation (kept in the decision history) and the count commit
	 * together, whatever happens next. Call it outside any transaction (it needs one
	 * connection at a time).
	 */
	Answer tryTake(String customerId) {
		String key = this.hasher.hash("reissue-daily:" + customerId);
		Date today = Date.valueOf(today());
		try {
			return this.newTransaction.execute((status) -> take(key, today));
		}
		catch (DuplicateKeyException ex) {
			// a parallel first attempt of the day made the row first: count against it
			return this.newTransaction.execute((status) -> take(key, today));
		}
	}

	/**
	 * One statement: the day's row made with this attempt, or counted up while under the
	 * limit (standard MERGE: H2 2 and PostgreSQL 15).
	 */
	private Answer take(String key, Date today) {
		int limit = this.policy.decide().dailyLimit();
		if (limit < 1) {
			return new Answer(false, limit);
		}
		int taken = this.jdbc.update(TAKE, key, today, limit);
		return new Answer(taken == 1, limit);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
