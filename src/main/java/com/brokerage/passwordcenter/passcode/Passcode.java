package com.brokerage.passwordcenter.passcode;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current passcode of one application, as a keyed hash only (R-PWD-5). A resend
 * replaces it.
 */
@Entity
@Table(name = "passcode")
class Passcode {

	@Id
	private String applicationId;

	private String codeHash;

	@Enumerated(EnumType.STRING)
	private PasscodeChannel channel;

	private Instant sentAt;

	private Instant expiresAt;

	private int wrongAttempts;

	/** Of the passcode table this code was sent with; null on rows from before V20. */
	private Integer maxWrongAttempts;

	private Instant resendAllowedAt;

	@Enumerated(EnumType.STRING)
	private PasscodeState state;

	@Version
	private long version;

	protected Passcode() {
	}

	Passcode(String applicationId) {
		this.applicationId = applicationId;
	}

	/**
	 * A new code voids the old one (R-REISSUE-8): same row, new hash, attempts from zero.
	 */
	void replace(String codeHash, PasscodeChannel channel, Instant sentAt, Instant expiresAt, int maxWrongAttempts,
			Instant resendAllowedAt) {
		this.codeHash = codeHash;
		this.channel = channel;
		this.sentAt = sentAt;
		this.expiresAt = expiresAt;
		this.maxWrongAttempts = maxWrongAttempts;
		this.resendAllowedAt = resendAllowedAt;
		this.wrongAttempts = 0;
		this.state = PasscodeState.ACTIVE;
	}

	boolean hasOwnRules() {
		return this.maxWrongAttempts != null && this.resendAllowedAt != null;
	}

	/** R-REISSUE-8: the attempts of the table the code was sent with, else the latest. */
	int maxWrongAttemptsOr(int latest) {
		return (this.maxWrongAttempts != null) ? this.maxWrongAttempts : latest;
	}

	Instant resendAllowedAtOr(Duration latestCooldown) {
		return (this.resendAllowedAt != null) ? this.resendAllowedAt : this.sentAt.plus(latestCooldown);
	}

	void recordWrongAttempt(int maxWrongAttempts) {
		this.wrongAttempts++;
		if (this.wrongAttempts >= maxWrongAttempts) {
			this.state = PasscodeState.VOIDED;
		}
	}

	void markReplaced() {
		this.state = PasscodeState.REPLACED;
	}

	void markUsed() {
		this.state = PasscodeState.USED;
	}

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	String getApplicationId() {
		return this.applicationId;
	}

	String getCodeHash() {
		return this.codeHash;
	}

	PasscodeChannel getChannel() {
		return this.channel;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	int getWrongAttempts() {
		return this.wrongAttempts;
	}

	PasscodeState getState() {
		return this.state;
	}

}
