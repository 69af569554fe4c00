package com.brokerage.passwordcenter.customer;

/**
 * R-LOGIN-2..4: what a login's cumulative wrong passwords lock, given whether the one
 * unlock was used ({@code policy.LoginLockPolicy} asks the login lock table).
 */
@FunctionalInterface
public interface LockRule {

	/** The lock after this many cumulative failures; {@code null}: not locked. */
	LockReason lockAfter(int failedLogins, boolean unlockUsed);

}
