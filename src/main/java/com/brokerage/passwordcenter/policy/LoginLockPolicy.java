package com.brokerage.passwordcenter.policy;

import java.util.Map;

import com.brokerage.passwordcenter.customer.LockReason;
import com.brokerage.passwordcenter.customer.LockRule;

import org.springframework.stereotype.Component;

/**
 * R-LOGIN-2..4 from {@code dmn/login-lock-policy.dmn}. Evaluated in memory on the cached
 * version at every failed login, without decision history: a login pays microseconds, and
 * the audit trail already records each lock (docs/decisions.md, "Policy as DMN").
 */
@Component
public class LoginLockPolicy implements LockRule {

	static final String FAILED_LOGINS = "failedLogins";

	static final String UNLOCK_USED = "unlockUsed";

	static final String LOCK_KIND = "lockKind";

	static final String NONE = "NONE";

	private final DeployedTables tables;

	LoginLockPolicy(DeployedTables tables) {
		this.tables = tables;
	}

	@Override
	public LockReason lockAfter(int failedLogins, boolean unlockUsed) {
		String kind = this.tables
			.evaluate(PolicyTable.LOGIN_LOCK, Map.of(FAILED_LOGINS, failedLogins, UNLOCK_USED, unlockUsed))
			.getSingleResult()
			.getEntry(LOCK_KIND);
		return lockReason(kind);
	}

	static LockReason lockReason(String kind) {
		return switch (kind) {
			case NONE -> null;
			case "UNLOCK_AVAILABLE" -> LockReason.FAILURES_UNLOCK_AVAILABLE;
			case "REISSUE_ONLY" -> LockReason.FAILURES_REISSUE_ONLY;
			default -> throw new IllegalArgumentException("unknown lock kind '" + kind + "'");
		};
	}

}
