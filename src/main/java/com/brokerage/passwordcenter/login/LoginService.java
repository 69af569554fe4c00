package com.brokerage.passwordcenter.login;

import java.util.List;
import java.util.Optional;

import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.WebPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-LOGIN-1..5. Every attempt costs one slow hash whatever the customer's shape
 * (docs/decisions.md#hashing). The hash runs outside any row lock; the count is then
 * updated under a short row lock, so parallel attempts are counted one by one and none
 * slips past the lock.
 */
@Service
class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final WebPasswords passwords;

	private final LoginRehash rehash;

	private final LoginStateRecorder recorder;

	private final UnknownIdAttempts unknownIds;

	private final ExpiredPasswordCheck expiredPasswords;

	private final TransactionTemplate readOnly;

	LoginService(CustomerRepository customers, AccountRepository accounts, WebPasswords passwords, LoginRehash rehash,
			LoginStateRecorder recorder, UnknownIdAttempts unknownIds, ExpiredPasswordCheck expiredPasswords,
			TransactionTemplate transactions) {
		this.customers = customers;
		this.accounts = accounts;
		this.passwords = passwords;
		this.rehash = rehash;
		this.recorder = recorder;
		this.unknownIds = unknownIds;
		this.expiredPasswords = expiredPasswords;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	LoginOutcome attempt(String customerId, String password) {
		Optional<Snapshot> found = this.readOnly.execute((status) -> this.customers.findByCustomerId(customerId)
			.map((customer) -> new Snapshot(customer, this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId()))));
		if (found.isEmpty()) {
			// the same one slow hash, the same database work and the same answer as a
			// wrong password, and no customer row for an unknown ID
			this.passwords.deriveForUnknownId(customerId, password);
			this.unknownIds.record(customerId);
			log.info("login refused: unknown id {}", Masking.customerId(customerId));
			return new LoginOutcome.Refused(ErrorCode.INVALID_CREDENTIALS);
		}
		Snapshot snapshot = found.get();
		// one slow hash for every shape (locked, no accounts, 1 or 6 accounts, unified):
		// the time tells nothing
		DerivedKey key = this.passwords.derive(snapshot.customer(), password);
		if (snapshot.customer().isLocked()) {
			// R-LOGIN-2: locked means locked, whatever the password; the key is ignored
			return this.recorder.refuseLocked(snapshot.customer().getId());
		}
		List<Account> matched = matchingAccounts(snapshot, key, password);
		LoginOutcome outcome = this.recorder.record(snapshot.customer().getId(),
				matched.stream().map(Account::getId).toList());
		if (outcome instanceof LoginOutcome.Success success) {
			this.rehash.afterSuccess(snapshot.customer(), snapshot.accounts(), matched, key, password);
			// R-CHANGE-2: from the accounts already read, so the login pays no query for
			// it
			return success.expired(this.expiredPasswords.expiredAmong(matched));
		}
		return outcome;
	}

	private List<Account> matchingAccounts(Snapshot snapshot, DerivedKey key, String password) {
		if (snapshot.accounts().isEmpty()) {
			return List.of();
		}
		if (snapshot.customer().isUnified()) {
			// R-UNIFY-2: one password for all accounts, so the first account decides
			return this.passwords.matches(key, snapshot.accounts().get(0), password) ? snapshot.accounts() : List.of();
		}
		// every account's verifier from the same key: cheap HMACs, not hashes
		return snapshot.accounts()
			.stream()
			.filter((account) -> this.passwords.matches(key, account, password))
			.toList();
	}

	private record Snapshot(Customer customer, List<Account> accounts) {
	}

}
