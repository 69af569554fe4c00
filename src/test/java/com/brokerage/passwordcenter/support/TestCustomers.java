package com.brokerage.passwordcenter.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.password.VoiceKeypad;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/** Creates customers and accounts the way the bank's systems would: hashes only. */
@TestComponent
public class TestCustomers {

	public static final LocalDate BIRTH_DATE = LocalDate.of(1990, 2, 15);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final Clock clock;

	public TestCustomers(CustomerRepository customers, AccountRepository accounts, SecretHasher hasher,
			WebPasswords webPasswords, Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.clock = clock;
	}

	/**
	 * A unified customer with a securities and a futures account, both opened by
	 * {@code password}.
	 */
	@Transactional
	public Customer unified(String password) {
		Customer customer = newCustomer();
		customer.markUnified();
		account(customer, BusinessLine.SECURITIES, password);
		account(customer, BusinessLine.FUTURES, password);
		return customer;
	}

	/**
	 * A non-unified customer whose securities and futures accounts have different
	 * passwords.
	 */
	@Transactional
	public Customer split(String securitiesPassword, String futuresPassword) {
		Customer customer = newCustomer();
		account(customer, BusinessLine.SECURITIES, securitiesPassword);
		account(customer, BusinessLine.FUTURES, futuresPassword);
		return customer;
	}

	/** A non-unified customer with one securities account and no mobile on file. */
	@Transactional
	public Customer withoutMobile(String password) {
		Customer customer = this.customers.save(
				new Customer(TestIds.nationalId(), BIRTH_DATE, "測試客戶", null, "test@example.com", this.clock.instant()));
		account(customer, BusinessLine.SECURITIES, password);
		return customer;
	}

	/** R-PWD-2: gives every futures account of the customer this withdrawal password. */
	@Transactional
	public void withdrawalPassword(Customer customer, String password) {
		this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
			.stream()
			.filter((account) -> account.getBusinessLine().hasWithdrawalPassword())
			.forEach((account) -> account.changeWithdrawalPassword(this.hasher.hash(password)));
	}

	/** What customer service or the online unlock will do (R-LOGIN-3). */
	@Transactional
	public void unlock(Customer customer) {
		this.customers.findById(customer.getId()).orElseThrow().unlock();
	}

	/** Three wrong passwords (R-LOGIN-2). */
	@Transactional
	public void lock(Customer customer) {
		Customer loaded = this.customers.findById(customer.getId()).orElseThrow();
		for (int i = 0; i < 3; i++) {
			loaded.recordFailedLogin(com.brokerage.passwordcenter.customer.LoginThresholds.MANUAL,
					this.clock.instant());
		}
	}

	/** What the bank's records hold; {@code null} when not on file. */
	@Transactional
	public void contacts(Customer customer, String mobile, String email) {
		this.customers.findById(customer.getId()).orElseThrow().updateContact(mobile, email);
	}

	@Transactional(readOnly = true)
	public java.util.List<Account> accounts(Customer customer) {
		return this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId());
	}

	@Transactional(readOnly = true)
	public Customer reload(Customer customer) {
		return this.customers.findById(customer.getId()).orElseThrow();
	}

	private Customer newCustomer() {
		return this.customers.save(new Customer(TestIds.nationalId(), BIRTH_DATE, "測試客戶", "0912345678",
				"test@example.com", this.clock.instant()));
	}

	private void account(Customer customer, BusinessLine line, String password) {
		String number = String.format("%07d", (int) (Math.random() * 10_000_000));
		Account account = this.accounts.save(new Account(customer, line, "9A95", "台北分公司", number, null,
				this.hasher.hash(VoiceKeypad.toDigits(password)), this.clock.instant()));
		this.webPasswords.set(this.webPasswords.deriveNew(customer, password, false), customer, List.of(account), null,
				this.clock.instant(), null);
	}

	/**
	 * A non-unified customer with {@code count} securities-like accounts, each opened by
	 * its own password ({@code password + i}); none for {@code count} 0.
	 */
	@Transactional
	public Customer withAccounts(int count, String password) {
		Customer customer = newCustomer();
		BusinessLine[] lines = BusinessLine.values();
		for (int i = 0; i < count; i++) {
			account(customer, lines[i % lines.length], password + i);
		}
		return customer;
	}

	/**
	 * A non-unified customer whose accounts still hold hashes of the bank's old system
	 * (e.g. {@code {pbkdf2}…}), as the customer import writes them.
	 */
	@Transactional
	public Customer withLegacyHashes(String... legacyWebHashes) {
		Customer customer = newCustomer();
		BusinessLine[] lines = BusinessLine.values();
		for (int i = 0; i < legacyWebHashes.length; i++) {
			String number = String.format("%07d", (int) (Math.random() * 10_000_000));
			this.accounts.save(new Account(customer, lines[i % lines.length], "9A95", "台北分公司", number,
					legacyWebHashes[i], this.hasher.hash("0000000"), this.clock.instant()));
		}
		return customer;
	}

	/** R-PWD-5 as a test checks it: whether the account's web password is this one. */
	@Transactional(readOnly = true)
	public boolean webPasswordIs(Account account, String password) {
		Customer customer = this.customers.findById(account.getCustomer().getId()).orElseThrow();
		return this.webPasswords.matches(this.webPasswords.derive(customer, password), account, password);
	}

}
