package com.brokerage.passwordcenter.reissue;

import java.time.Instant;
import java.time.LocalDate;

import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One online reissue application: what the customer chose and the hashes the journey
 * needs, outside the engine (R-PWD-5). Its id is random and is the process business key.
 */
@Entity
@Table(name = "reissue_application")
public class ReissueApplication {

	@Id
	private String id;

	private Long customerRef;

	@Enumerated(EnumType.STRING)
	private ReissuePath path;

	private Instant appliedAt;

	private LocalDate appliedOn;

	@Enumerated(EnumType.STRING)
	private ReissueStatus status;

	private Long accountRef;

	@Enumerated(EnumType.STRING)
	private PasscodeChannel passcodeChannel;

	private String initialPasswordHash;

	private String pendingWebHash;

	private String pendingVoiceHash;

	private String linkTokenHash;

	private Instant linkOpenedAt;

	private Instant endedAt;

	// a wrapper, null until persisted: save() then persists (a primitive made it merge,
	// one SELECT more per step 1)
	@Version
	private Long version;

	protected ReissueApplication() {
	}

	ReissueApplication(String id, Long customerRef, ReissuePath path, Instant appliedAt, LocalDate appliedOn) {
		this.id = id;
		this.customerRef = customerRef;
		this.path = path;
		this.appliedAt = appliedAt;
		this.appliedOn = appliedOn;
		this.status = ReissueStatus.OPEN;
	}

	void chooseAccount(Long accountRef) {
		this.accountRef = accountRef;
	}

	void choosePasscodeChannel(PasscodeChannel channel) {
		this.passcodeChannel = channel;
	}

	void keepInitialPasswordHash(String hash) {
		this.initialPasswordHash = hash;
	}

	void keepPendingPassword(String webHash, String voiceHash) {
		this.pendingWebHash = webHash;
		this.pendingVoiceHash = voiceHash;
	}

	/**
	 * The secrets' hashes are of no further use once applied or once the application
	 * ended.
	 */
	void forgetSecrets() {
		this.initialPasswordHash = null;
		this.pendingWebHash = null;
		this.pendingVoiceHash = null;
	}

	void keepLinkTokenHash(String hash) {
		this.linkTokenHash = hash;
	}

	void markLinkOpened(Instant at) {
		this.linkOpenedAt = at;
	}

	void end(ReissueStatus status, Instant at) {
		this.status = status;
		this.endedAt = at;
		forgetSecrets();
	}

	public boolean isOpen() {
		return this.status == ReissueStatus.OPEN;
	}

	public String getId() {
		return this.id;
	}

	public Long getCustomerRef() {
		return this.customerRef;
	}

	public ReissuePath getPath() {
		return this.path;
	}

	public Instant getAppliedAt() {
		return this.appliedAt;
	}

	public LocalDate getAppliedOn() {
		return this.appliedOn;
	}

	public ReissueStatus getStatus() {
		return this.status;
	}

	public Long getAccountRef() {
		return this.accountRef;
	}

	public PasscodeChannel getPasscodeChannel() {
		return this.passcodeChannel;
	}

	String getInitialPasswordHash() {
		return this.initialPasswordHash;
	}

	String getPendingWebHash() {
		return this.pendingWebHash;
	}

	String getPendingVoiceHash() {
		return this.pendingVoiceHash;
	}

	String getLinkTokenHash() {
		return this.linkTokenHash;
	}

	public Instant getLinkOpenedAt() {
		return this.linkOpenedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

}
