package com.brokerage.passwordcenter.reissue;

import java.time.Clock;
import java.util.List;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.password.KeyedHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-REISSUE-6: link attempts per client address (10 a minute by default), so link tokens
 * cannot be guessed. Counted in the database every node shares, so N nodes still allow
 * the limit once: a sliding-window counter — this window's attempts plus the previous
 * window's, weighted by how much of it still overlaps the last {@code per} — taken with
 * one conditional UPDATE, so parallel attempts cannot exceed it. The address is stored
 * only as a keyed hash.
 */
@Component
class LinkAttemptLimiter {

	private static final Logger log = LoggerFactory.getLogger(LinkAttemptLimiter.class);

	private final JdbcTemplate jdbc;

	private final KeyedHasher hasher;

	private final ReissueProperties.LinkAttempts limit;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	LinkAttemptLimiter(JdbcTemplate jdbc, KeyedHasher hasher, ReissueProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.hasher = hasher;
		this.limit = properties.linkAttempts();
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes one attempt, or refuses with 429 LINK_RATE_LIMITED and the seconds to wait.
	 * Commits on its own; call it outside any transaction.
	 */
	void take(String clientAddress) {
		String key = this.hasher.hash("link-attempts:" + ((clientAddress != null) ? clientAddress : "unknown"));
		long windowMillis = this.limit.per().toMillis();
		long now = this.clock.millis();
		long window = now / windowMillis;
		double elapsed = (double) (now % windowMillis) / windowMillis;
		int previous = attempts(key, window - 1);
		// the previous window's attempts that still fall within the last `per`
		int carried = (int) Math.floor(previous * (1 - elapsed));
		open(key, window);
		Integer taken = this.newTransaction.execute((status) -> this.jdbc.update(
				"update link_attempt_count set attempts = attempts + 1 where client_key = ? and window_no = ? and attempts < ?",
				key, window, this.limit.perClient() - carried));
		if (taken == null || taken == 0) {
			long seconds = secondsToWait(previous, attempts(key, window), windowMillis, now);
			log.info("link attempt refused: more than {} per {} from one client", this.limit.perClient(),
					this.limit.per());
			throw new ApiException(ErrorCode.LINK_RATE_LIMITED, null, seconds);
		}
	}

	private int attempts(String key, long window) {
		List<Integer> rows = this.jdbc.queryForList(
				"select attempts from link_attempt_count where client_key = ? and window_no = ?", Integer.class, key,
				window);
		return rows.isEmpty() ? 0 : rows.get(0);
	}

	/** The row of this window; a new one also clears windows no count needs any more. */
	private void open(String key, long window) {
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into link_attempt_count (client_key, window_no, attempts) values (?, ?, 0)", key, window));
		}
		catch (DuplicateKeyException ex) {
			// an earlier (or a parallel) attempt in this window made it
			return;
		}
		this.newTransaction.executeWithoutResult(
				(status) -> this.jdbc.update("delete from link_attempt_count where window_no < ?", window - 1));
	}

	/**
	 * Until the previous window's weight lets one more in, or (a full current window)
	 * until this one ends; at least a second.
	 */
	private long secondsToWait(int previous, int current, long windowMillis, long now) {
		long windowEnd = (now / windowMillis + 1) * windowMillis;
		long waitMillis = windowEnd - now;
		if (previous > 0 && current < this.limit.perClient()) {
			// carried = floor(previous * (1 - elapsed)) must fall below perClient -
			// current
			double elapsedNeeded = 1 - (double) (this.limit.perClient() - 1 - current) / previous;
			waitMillis = Math.max(0, (long) Math.ceil(elapsedNeeded * windowMillis) - (now % windowMillis));
		}
		return waitMillis / 1000 + 1;
	}

}
