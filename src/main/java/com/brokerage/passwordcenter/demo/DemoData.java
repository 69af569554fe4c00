package com.brokerage.passwordcenter.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.LoginThresholds;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo customers for trying every journey (README, "Demo data"). Demo profile only; never
 * in any other. Idempotent: an existing customer is left as it is.
 */
@Component
@Profile(DemoProfile.NAME)
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final Clock clock;

	DemoData(CustomerRepository customers, AccountRepository accounts, SecretHasher hasher, WebPasswords webPasswords,
			Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.customers.existsByCustomerId("A123456789")) {
			return;
		}
		Instant now = this.clock.instant();

		Customer unified = customer("A123456789", "19800101", "陳大文", "0912345678", "chen@example.com", now);
		unified.markUnified();
		account(unified, BusinessLine.SECURITIES, "1234567", "Demo1234", now);
		account(unified, BusinessLine.FUTURES, "7654321", "Demo1234", now).changeWithdrawalPassword(hash("wd1234"));
		account(unified, BusinessLine.SUB_BROKERAGE, "2345678", "Demo1234", now);

		Customer split = customer("B120000008", "19900215", "林小美", "0922333444", "lin@example.com", now);
		account(split, BusinessLine.SECURITIES, "1111111", "Secure123", now);
		account(split, BusinessLine.WEALTH_MANAGEMENT, "3333333", "Secure123", now);
		account(split, BusinessLine.FUTURES, "2222222", "Future123", now).changeWithdrawalPassword(hash("fu1234"));

		Customer company = customer("12345670", "20050301", "範例科技股份有限公司", "0933444555", "it@example.com", now);
		account(company, BusinessLine.SECURITIES, "5555555", "Company1", now);

		Customer noEmail = customer("F220000004", "19850520", "王小華", "0955666777", null, now);
		account(noEmail, BusinessLine.SECURITIES, "6666666", "NoMail123", now);

		Customer lockedOnce = customer("H120000004", "19750707", "張志明", "0966777888", "chang@example.com", now);
		account(lockedOnce, BusinessLine.SECURITIES, "7777777", "Locked123", now);
		failTimes(lockedOnce, 3, now);

		Customer lockedFinal = customer("E220000003", "20020201", "李美玲", "0977888999", "lee@example.com", now);
		account(lockedFinal, BusinessLine.SECURITIES, "8888888", "Final1234", now);
		failTimes(lockedFinal, 3, now);
		lockedFinal.unlock();
		failTimes(lockedFinal, 3, now);

		log.info("demo customers seeded (see README, Demo data)");
	}

	private Customer customer(String id, String birth, String name, String mobile, String email, Instant now) {
		LocalDate birthDate = LocalDate.parse(birth, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
		return this.customers.save(new Customer(id, birthDate, name, mobile, email, now));
	}

	private Account account(Customer customer, BusinessLine line, String number, String password, Instant now) {
		String branch = line == BusinessLine.FUTURES ? "F001" : "9A95";
		String branchName = line == BusinessLine.FUTURES ? "期貨總公司" : "台北分公司";
		Account account = this.accounts.save(new Account(customer, line, branch, branchName, number, null,
				hash(VoiceKeypad.toDigits(password)), now));
		// the web password in today's scheme once the account has its id
		this.webPasswords.set(this.webPasswords.deriveNew(customer, password, false), customer, List.of(account), null,
				now, null);
		return account;
	}

	private void failTimes(Customer customer, int times, Instant now) {
		for (int i = 0; i < times; i++) {
			customer.recordFailedLogin(LoginThresholds.MANUAL, now);
		}
	}

	private String hash(String secret) {
		return this.hasher.hash(secret);
	}

}
