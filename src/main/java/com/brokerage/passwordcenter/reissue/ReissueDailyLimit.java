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
 * of the ID (no row for an unknown ID's clear text) and taken with one conditional
 * UPDATE, so parallel attempts cannot exceed it.
 */
@Component
class ReissueDailyLimit {

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
	 * Takes one of today's applications, under the latest table (the evaluation is kept
	 * in the decision history). Commits on its own, so call it outside any transaction
	 * (it needs one connection at a time).
	 */
	Answer tryTake(String customerId) {
		int limit = this.policy.decide().dailyLimit();
		String key = this.hasher.hash("reissue-daily:" + customerId);
		Date today = Date.valueOf(today());
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc
				.update("insert into reissue_daily_count (id_key, count_day, attempts) values (?, ?, 0)", key, today));
		}
		catch (DuplicateKeyException ex) {
			// the row exists: today's earlier (or a parallel) attempt made it
		}
		Integer taken = this.newTransaction.execute((status) -> this.jdbc.update(
				"update reissue_daily_count set attempts = attempts + 1 where id_key = ? and count_day = ? and attempts < ?",
				key, today, limit));
		return new Answer(taken != null && taken == 1, limit);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
