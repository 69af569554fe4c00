package com.brokerage.passwordcenter.customer;

/**
 * Cumulative wrong passwords at which a login locks: first (unlock available) and final
 * (reissue only). The running app asks the login lock table ({@code dmn/}); the demo data
 * and unit tests use the manual's numbers.
 */
public record LoginThresholds(int firstLock, int finalLock) implements LockRule {

	public static final LoginThresholds MANUAL = new LoginThresholds(3, 6);

	public LoginThresholds {
		if (firstLock < 1 || finalLock <= firstLock) {
			throw new IllegalArgumentException("thresholds must satisfy 1 <= first < final");
		}
	}

	@Override
	public LockReason lockAfter(int failedLogins, boolean unlockUsed) {
		if (failedLogins >= this.finalLock) {
			return LockReason.FAILURES_REISSUE_ONLY;
		}
		return (failedLogins >= this.firstLock && !unlockUsed) ? LockReason.FAILURES_UNLOCK_AVAILABLE : null;
	}

}
