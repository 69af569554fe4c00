package com.brokerage.passwordcenter.login;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Masking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An unknown ID's refused login, written with the same database work as a known ID's
 * wrong password ({@link LoginStateRecorder#record}): a row read under a lock, its count
 * raised, the audit row, one commit — so the answer's time does not tell whether the ID
 * exists (docs/decisions.md#hashing, "Timing of a login"). The row is one of 64 buckets
 * (the ID's hash code modulo 64): no ID is kept, and no customer row is made.
 */
@Component
class UnknownIdAttempts {

	static final int BUCKETS = 64;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	UnknownIdAttempts(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void record(String customerId) {
		int bucket = Math.floorMod(customerId == null ? 0 : customerId.hashCode(), BUCKETS);
		this.jdbc.queryForObject("select attempts from login_unknown_id_bucket where bucket = ? for update", Long.class,
				bucket);
		this.jdbc.update("update login_unknown_id_bucket set attempts = attempts + 1 where bucket = ?", bucket);
		this.audit.record(AuditEntry
			.by(ActorType.CUSTOMER, Masking.customerId(customerId), AuditAction.LOGIN, Channel.WEB, "UNKNOWN_ID")
			.customer(null, Masking.customerId(customerId)));
	}

}
