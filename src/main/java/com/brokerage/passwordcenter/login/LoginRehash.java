package com.brokerage.passwordcenter.login;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.WebPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a successful login, the matched web passwords in today's scheme
 * (docs/decisions.md#hashing): legacy hashes get a verifier under the login's key; a key
 * of a lower cost than today's is raised when every account matched (only then are all
 * the passwords known). A parallel change in between wins: an account whose password
 * moved since the login read it is left alone.
 */
@Component
class LoginRehash {

	private static final Logger log = LoggerFactory.getLogger(LoginRehash.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final WebPasswords passwords;

	private final TransactionTemplate transaction;

	LoginRehash(CustomerRepository customers, AccountRepository accounts, WebPasswords passwords,
			TransactionTemplate transactions) {
		this.customers = customers;
		this.accounts = accounts;
		this.passwords = passwords;
		this.transaction = new TransactionTemplate(transactions.getTransactionManager());
	}

	void afterSuccess(Customer customer, List<Account> all, List<Account> matched, DerivedKey key, String password) {
		boolean raiseCost = this.passwords.isOutdated(key.salt()) && matched.size() == all.size();
		List<Account> legacy = matched.stream().filter((a) -> a.getWebPasswordVerifier() == null).toList();
		if (!raiseCost && legacy.isEmpty()) {
			return;
		}
		// the slow hash of a higher cost runs before the row lock, as every hash does
		DerivedKey target = raiseCost ? this.passwords.deriveNew(customer, password, true) : key;
		List<Account> toUpgrade = raiseCost ? matched : legacy;
		try {
			this.transaction.executeWithoutResult((status) -> upgrade(customer, toUpgrade, target, key));
		}
		catch (RuntimeException ex) {
			// the login stands; the next one tries again
			log.warn("re-hash after login skipped for {}: {}", customer.getMaskedCustomerId(),
					ex.getClass().getSimpleName());
		}
	}

	private void upgrade(Customer customer, List<Account> toUpgrade, DerivedKey target, DerivedKey key) {
		Customer locked = this.customers.findByIdForUpdate(customer.getId()).orElseThrow();
		Map<Long, Account> current = this.accounts.findByCustomer_IdOrderByIdAsc(locked.getId())
			.stream()
			.collect(Collectors.toMap(Account::getId, Function.identity()));
		List<Account> unchanged = toUpgrade.stream()
			.filter((read) -> current.containsKey(read.getId()) && current.get(read.getId()).hasSameWebPasswordAs(read))
			.map((read) -> current.get(read.getId()))
			.toList();
		boolean newSalt = !target.salt().equals(key.salt());
		if (newSalt && unchanged.size() != current.size()) {
			// a new salt must cover every account, and one moved or was added meanwhile
			return;
		}
		this.passwords.upgrade(target, locked, unchanged);
		log.info("web passwords of {} re-hashed: {} account(s){}", locked.getMaskedCustomerId(), unchanged.size(),
				newSalt ? ", cost raised" : "");
	}

}
