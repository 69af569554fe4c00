package com.brokerage.passwordcenter.customer;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CustomerLoginStateTest {

	private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	private final Customer customer = new Customer("A123456789", LocalDate.of(1980, 1, 1), "陳大文", null, null, NOW);

	@Test
	@DisplayName("R-LOGIN-2: the third cumulative wrong password locks, with one unlock available")
	void thirdFailureLocks() {
		fail(2);
		assertThat(this.customer.isLocked()).isFalse();
		fail(1);
		assertThat(this.customer.isLocked()).isTrue();
		assertThat(this.customer.getLockReason()).isEqualTo(LockReason.FAILURES_UNLOCK_AVAILABLE);
		assertThat(this.customer.isUnlockAvailable()).isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-2: a locked login counts no further")
	void lockedLoginIsNotCounted() {
		fail(10);
		assertThat(this.customer.getFailedLogins()).isEqualTo(3);
	}

	@Test
	@DisplayName("R-LOGIN-3: the unlock keeps the count; R-LOGIN-4: three more failures (6) lock with no unlock")
	void sixthFailureLocksForGood() {
		fail(3);
		this.customer.unlock();
		assertThat(this.customer.isLocked()).isFalse();
		assertThat(this.customer.getFailedLogins()).isEqualTo(3);
		fail(2);
		assertThat(this.customer.isLocked()).isFalse();
		fail(1);
		assertThat(this.customer.isLocked()).isTrue();
		assertThat(this.customer.getLockReason()).isEqualTo(LockReason.FAILURES_REISSUE_ONLY);
		assertThat(this.customer.isUnlockAvailable()).isFalse();
		assertThatIllegalStateException().isThrownBy(this.customer::unlock);
	}

	@Test
	@DisplayName("R-LOGIN-3: a lock can be lifted once only")
	void unlockOnlyOnce() {
		fail(3);
		this.customer.unlock();
		assertThatIllegalStateException().isThrownBy(this.customer::unlock);
	}

	@Test
	@DisplayName("R-LOGIN-5: a successful login resets the count and makes the unlock available again")
	void successResets() {
		fail(3);
		this.customer.unlock();
		this.customer.recordSuccessfulLogin();
		assertThat(this.customer.getFailedLogins()).isZero();
		assertThat(this.customer.isUnlockUsed()).isFalse();
		fail(3);
		assertThat(this.customer.isUnlockAvailable()).isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-5: a completed reissue clears even the final lock")
	void reissueClearsFinalLock() {
		fail(3);
		this.customer.unlock();
		fail(3);
		this.customer.recordPasswordReissued();
		assertThat(this.customer.isLocked()).isFalse();
		assertThat(this.customer.getFailedLogins()).isZero();
		assertThat(this.customer.isUnlockUsed()).isFalse();
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.customer.recordFailedLogin(LoginThresholds.MANUAL, NOW);
		}
	}

}
