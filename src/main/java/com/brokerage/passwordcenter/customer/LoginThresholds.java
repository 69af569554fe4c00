package com.brokerage.passwordcenter.customer;

/**
 * Cumulative wrong passwords at which a login locks: first (unlock available) and final
 * (reissue only).
 */
public record LoginThresholds(int firstLock, int finalLock) {

	public static final LoginThresholds MANUAL = new LoginThresholds(3, 6);

	public LoginThresholds {
		if (firstLock < 1 || finalLock <= firstLock) {
			throw new IllegalArgumentException("thresholds must satisfy 1 <= first < final");
		}
	}

}
