package com.brokerage.passwordcenter.customer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One account of a customer in one business line at one branch, with its password hashes
 * (R-PWD-5: hashes only). The web password is a verifier under the customer's key
 * (docs/decisions.md#hashing), or until its next successful login a legacy hash in the
 * {@code {id}hash} format of a delegating encoder; voice and withdrawal passwords are
 * {@code {bcrypt}} hashes.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_ref", nullable = false, updatable = false)
	private Customer customer;

	@Enumerated(EnumType.STRING)
	private BusinessLine businessLine;

	private String branchCode;

	private String branchName;

	private String accountNumber;

	@Column(name = "web_password_hash")
	private String webPasswordHash;

	@Column(name = "web_password_verifier")
	private String webPasswordVerifier;

	@Column(name = "voice_password_hash", nullable = false)
	private String voicePasswordHash;

	@Column(name = "withdrawal_password_hash")
	private String withdrawalPasswordHash;

	private Instant passwordChangedAt;

	private LocalDate passwordExpiresOn;

	@Version
	private long version;

	protected Account() {
	}

	/**
	 * @param legacyWebPasswordHash a hash of the bank's old system ({@code {bcrypt}…}),
	 * or {@code null} when the web password is set through {@code password/WebPasswords}
	 */
	public Account(Customer customer, BusinessLine businessLine, String branchCode, String branchName,
			String accountNumber, String legacyWebPasswordHash, String voicePasswordHash, Instant passwordChangedAt) {
		this.customer = customer;
		this.businessLine = businessLine;
		this.branchCode = branchCode;
		this.branchName = branchName;
		this.accountNumber = accountNumber;
		this.webPasswordHash = legacyWebPasswordHash;
		this.voicePasswordHash = voicePasswordHash;
		this.passwordChangedAt = passwordChangedAt;
	}

	/**
	 * R-PWD-3: the voice password changes with the web one only when the customer asks
	 * for it. The web password is a verifier of {@code password/WebPasswords}; any legacy
	 * hash goes.
	 */
	public void changeWebPassword(String webVerifier, String voiceHashOrNull, Instant now, LocalDate expiresOn) {
		this.webPasswordVerifier = webVerifier;
		this.webPasswordHash = null;
		if (voiceHashOrNull != null) {
			this.voicePasswordHash = voiceHashOrNull;
		}
		this.passwordChangedAt = now;
		this.passwordExpiresOn = expiresOn;
	}

	/**
	 * The same web password in today's scheme (a legacy hash re-hashed at login, or a key
	 * of a higher cost): its change date and expiry stay.
	 */
	public void upgradeWebPassword(String webVerifier) {
		this.webPasswordVerifier = webVerifier;
		this.webPasswordHash = null;
	}

	/**
	 * Whether the web password is still the one {@code other} (an earlier read of this
	 * account) had: a parallel change in between makes a check against it stale.
	 */
	public boolean hasSameWebPasswordAs(Account other) {
		return java.util.Objects.equals(this.webPasswordVerifier, other.webPasswordVerifier)
				&& java.util.Objects.equals(this.webPasswordHash, other.webPasswordHash);
	}

	/** The master renamed the branch; true when it changed. */
	public boolean renameBranch(String branchName) {
		boolean changed = !branchName.equals(this.branchName);
		this.branchName = branchName;
		return changed;
	}

	/** R-PWD-2: futures accounts only. */
	public void changeWithdrawalPassword(String hash) {
		if (!this.businessLine.hasWithdrawalPassword()) {
			throw new IllegalStateException("only futures accounts have a withdrawal password");
		}
		this.withdrawalPasswordHash = hash;
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public BusinessLine getBusinessLine() {
		return this.businessLine;
	}

	public String getBranchCode() {
		return this.branchCode;
	}

	public String getBranchName() {
		return this.branchName;
	}

	public String getAccountNumber() {
		return this.accountNumber;
	}

	public String getMaskedAccountNumber() {
		return Masking.accountNumber(this.accountNumber);
	}

	/** The legacy hash, {@code null} once the web password is in today's scheme. */
	public String getWebPasswordHash() {
		return this.webPasswordHash;
	}

	public String getWebPasswordVerifier() {
		return this.webPasswordVerifier;
	}

	public String getVoicePasswordHash() {
		return this.voicePasswordHash;
	}

	public String getWithdrawalPasswordHash() {
		return this.withdrawalPasswordHash;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	/** R-CHANGE-2: the date the web password just set expires; {@code null}: never. */
	public void expirePasswordOn(LocalDate expiresOn) {
		this.passwordExpiresOn = expiresOn;
	}

	public LocalDate getPasswordExpiresOn() {
		return this.passwordExpiresOn;
	}

}
