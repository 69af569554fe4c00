package com.brokerage.passwordcenter.customer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One customer, identified by national ID or business number, with the login state of
 * R-LOGIN. The lock rules live here so every channel (web login, phone unlock, online
 * unlock, reissue) applies the same ones.
 */
@Entity
@Table(name = "customer")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private String customerId;

	@Enumerated(EnumType.STRING)
	private CustomerKind kind;

	private LocalDate birthDate;

	private String name;

	private String mobile;

	private String email;

	private boolean unified;

	private int failedLogins;

	private boolean unlockUsed;

	private boolean locked;

	@Enumerated(EnumType.STRING)
	private LockReason lockReason;

	private Instant lockedAt;

	private Instant createdAt;

	/**
	 * The salt and cost of the customer's web-password key (docs/decisions.md#hashing).
	 */
	@Column(name = "web_password_salt")
	private String webPasswordSalt;

	@Version
	private long version;

	protected Customer() {
	}

	public Customer(String customerId, LocalDate birthDate, String name, String mobile, String email,
			Instant createdAt) {
		if (!TaiwanIds.isValidCustomerId(customerId)) {
			throw new IllegalArgumentException("not a valid national ID or business number");
		}
		this.customerId = customerId;
		this.kind = TaiwanIds.kindOf(customerId);
		this.birthDate = birthDate;
		this.name = name;
		this.mobile = mobile;
		this.email = email;
		this.createdAt = createdAt;
	}

	/**
	 * R-LOGIN-2 and R-LOGIN-4: counts a wrong password and locks as the rule says: a
	 * first lock (unlock still available) or the final one (reissue only). A locked login
	 * is not counted further: its answer no longer depends on the password.
	 */
	public void recordFailedLogin(LockRule rule, Instant now) {
		if (this.locked) {
			return;
		}
		this.failedLogins++;
		LockReason reason = rule.lockAfter(this.failedLogins, this.unlockUsed);
		if (reason != null) {
			lock(reason, now);
		}
	}

	/**
	 * R-LOGIN-5: a successful login resets the count and makes the one unlock available
	 * again.
	 */
	public void recordSuccessfulLogin() {
		resetLoginState();
	}

	/**
	 * R-LOGIN-5: a completed reissue (online or at a branch) clears the lock and the
	 * count.
	 */
	public void recordPasswordReissued() {
		resetLoginState();
	}

	/**
	 * R-LOGIN-3: lifts a first lock, once. The count is kept, so three more failures
	 * reach the final lock of R-LOGIN-4.
	 */
	public void unlock() {
		if (!isUnlockAvailable()) {
			throw new IllegalStateException("no unlock available");
		}
		this.locked = false;
		this.lockReason = null;
		this.lockedAt = null;
		this.unlockUsed = true;
	}

	/**
	 * R-LOGIN-3/4, R-UNLOCK-4: only a first lock can be lifted, and only if the one
	 * unlock is unused.
	 */
	public boolean isUnlockAvailable() {
		return this.locked && this.lockReason == LockReason.FAILURES_UNLOCK_AVAILABLE && !this.unlockUsed;
	}

	private void lock(LockReason reason, Instant now) {
		this.locked = true;
		this.lockReason = reason;
		this.lockedAt = now;
	}

	private void resetLoginState() {
		this.failedLogins = 0;
		this.unlockUsed = false;
		this.locked = false;
		this.lockReason = null;
		this.lockedAt = null;
	}

	/** R-UNIFY: from now on one password for every account. */
	public void markUnified() {
		this.unified = true;
	}

	/** R-OPS-3: a branch split undoes unification. */
	public void markSplit() {
		this.unified = false;
	}

	/**
	 * The salt (with its cost) every account's web-password verifier is derived under;
	 * set by {@code password/WebPasswords} only.
	 */
	public void useWebPasswordSalt(String salt) {
		this.webPasswordSalt = salt;
	}

	public void updateContact(String mobile, String email) {
		this.mobile = mobile;
		this.email = email;
	}

	/**
	 * The brokerage's master corrects birth date, name and contacts; true when anything
	 * changed.
	 */
	public boolean applyMasterData(LocalDate birthDate, String name, String mobile, String email) {
		boolean changed = !java.util.Objects.equals(this.birthDate, birthDate)
				|| !java.util.Objects.equals(this.name, name) || !java.util.Objects.equals(this.mobile, mobile)
				|| !java.util.Objects.equals(this.email, email);
		this.birthDate = birthDate;
		this.name = name;
		this.mobile = mobile;
		this.email = email;
		return changed;
	}

	public boolean matchesBirthDate(LocalDate date) {
		return this.birthDate.equals(date);
	}

	public Long getId() {
		return this.id;
	}

	public String getCustomerId() {
		return this.customerId;
	}

	public String getMaskedCustomerId() {
		return Masking.customerId(this.customerId);
	}

	public CustomerKind getKind() {
		return this.kind;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getName() {
		return this.name;
	}

	/** A mobile on file (R-REISSUE-4/5). */
	public boolean hasMobile() {
		return this.mobile != null && !this.mobile.isBlank();
	}

	/** An email on file (R-REISSUE-4/5). */
	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

	public String getMobile() {
		return this.mobile;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isUnified() {
		return this.unified;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public boolean isUnlockUsed() {
		return this.unlockUsed;
	}

	public boolean isLocked() {
		return this.locked;
	}

	public LockReason getLockReason() {
		return this.lockReason;
	}

	public Instant getLockedAt() {
		return this.lockedAt;
	}

	public String getWebPasswordSalt() {
		return this.webPasswordSalt;
	}

}
