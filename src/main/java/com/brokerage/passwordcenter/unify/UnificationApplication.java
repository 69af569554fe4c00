package com.brokerage.passwordcenter.unify;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One unification request: whose it is, where it stands, and the new password's hashes
 * until they are applied (R-PWD-5: outside the engine). Its id is random and is the
 * process business key.
 */
@Entity
@Table(name = "unification_application")
public class UnificationApplication {

	@Id
	private String id;

	private Long customerRef;

	@Enumerated(EnumType.STRING)
	private UnificationStatus status;

	private Instant startedAt;

	private String pendingWebHash;

	private String pendingVoiceHash;

	private Instant unifiedAt;

	private Instant endedAt;

	@Version
	private long version;

	protected UnificationApplication() {
	}

	UnificationApplication(String id, Long customerRef, Instant startedAt) {
		this.id = id;
		this.customerRef = customerRef;
		this.startedAt = startedAt;
		this.status = UnificationStatus.OPEN;
	}

	void keepPendingPassword(String webHash, String voiceHash) {
		this.pendingWebHash = webHash;
		this.pendingVoiceHash = voiceHash;
	}

	void markUnified(Instant at) {
		this.status = UnificationStatus.UNIFIED;
		this.unifiedAt = at;
		forgetSecrets();
	}

	/** An unfinished request ends with its own status; a unified one stays unified. */
	void end(UnificationStatus endStatus, Instant at) {
		if (this.status == UnificationStatus.OPEN) {
			this.status = endStatus;
		}
		this.endedAt = at;
		forgetSecrets();
	}

	private void forgetSecrets() {
		this.pendingWebHash = null;
		this.pendingVoiceHash = null;
	}

	public boolean isOpen() {
		return this.status == UnificationStatus.OPEN;
	}

	public String getId() {
		return this.id;
	}

	public Long getCustomerRef() {
		return this.customerRef;
	}

	public UnificationStatus getStatus() {
		return this.status;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	String getPendingWebHash() {
		return this.pendingWebHash;
	}

	String getPendingVoiceHash() {
		return this.pendingVoiceHash;
	}

	public Instant getUnifiedAt() {
		return this.unifiedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

}
