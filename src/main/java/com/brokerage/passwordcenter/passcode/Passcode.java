package com.brokerage.passwordcenter.passcode;

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
	void replace(String codeHash, PasscodeChannel channel, Instant sentAt, Instant expiresAt) {
		this.codeHash = codeHash;
		this.channel = channel;
		this.sentAt = sentAt;
		this.expiresAt = expiresAt;
		this.wrongAttempts = 0;
		this.state = PasscodeState.ACTIVE;
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
