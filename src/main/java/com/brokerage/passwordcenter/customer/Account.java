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
 * (R-PWD-5: hashes only, in the {@code {id}hash} format of a delegating encoder).
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

	@Column(name = "web_password_hash", nullable = false)
	private String webPasswordHash;

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

	public Account(Customer customer, BusinessLine businessLine, String branchCode, String branchName,
			String accountNumber, String webPasswordHash, String voicePasswordHash, Instant passwordChangedAt) {
		this.customer = customer;
		this.businessLine = businessLine;
		this.branchCode = branchCode;
		this.branchName = branchName;
		this.accountNumber = accountNumber;
		this.webPasswordHash = webPasswordHash;
		this.voicePasswordHash = voicePasswordHash;
		this.passwordChangedAt = passwordChangedAt;
	}

	/**
	 * R-PWD-3: the voice password changes with the web one only when the customer asks
	 * for it.
	 */
	public void changeWebPassword(String webHash, String voiceHashOrNull, Instant now, LocalDate expiresOn) {
		this.webPasswordHash = webHash;
		if (voiceHashOrNull != null) {
			this.voicePasswordHash = voiceHashOrNull;
		}
		this.passwordChangedAt = now;
		this.passwordExpiresOn = expiresOn;
	}

	/**
	 * The same password, re-hashed with the current algorithm: not a password change (the
	 * change date stays).
	 */
	public void upgradeWebPasswordHash(String webHash) {
		this.webPasswordHash = webHash;
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

	public String getWebPasswordHash() {
		return this.webPasswordHash;
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

	public LocalDate getPasswordExpiresOn() {
		return this.passwordExpiresOn;
	}

}
