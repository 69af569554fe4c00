package com.brokerage.passwordcenter.login;

import java.util.List;
import java.util.Optional;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.password.SecretHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-LOGIN-1..5. The slow hash check runs outside any row lock; the count is then updated
 * under a short row lock, so parallel attempts are counted one by one and none slips past
 * the lock.
 */
@Service
class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final LoginStateRecorder recorder;

	private final AuditTrail audit;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writes;

	LoginService(CustomerRepository customers, AccountRepository accounts, SecretHasher hasher,
			LoginStateRecorder recorder, AuditTrail audit, TransactionTemplate transactions) {
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.recorder = recorder;
		this.audit = audit;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions.getTransactionManager());
	}

	LoginOutcome attempt(String customerId, String password) {
		Optional<Snapshot> found = this.readOnly.execute((status) -> this.customers.findByCustomerId(customerId)
			.map((customer) -> new Snapshot(customer, this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId()))));
		if (found.isEmpty()) {
			// the same work and the same answer as a wrong password, and no row for an
			// unknown ID
			this.hasher.spendEquivalentTime(password);
			this.audit.record(AuditEntry
				.by(ActorType.CUSTOMER, Masking.customerId(customerId), AuditAction.LOGIN, Channel.WEB, "UNKNOWN_ID")
				.customer(null, Masking.customerId(customerId)));
			log.info("login refused: unknown id {}", Masking.customerId(customerId));
			return new LoginOutcome.Refused(ErrorCode.INVALID_CREDENTIALS);
		}
		Snapshot snapshot = found.get();
		if (snapshot.customer().isLocked()) {
			// R-LOGIN-2: locked means locked, whatever the password; it is not even
			// checked
			return this.recorder.refuseLocked(snapshot.customer().getId());
		}
		List<Long> matched = matchingAccounts(snapshot, password);
		LoginOutcome outcome = this.recorder.record(snapshot.customer().getId(), matched);
		if (outcome instanceof LoginOutcome.Success) {
			upgradeLegacyHashes(snapshot, matched, password);
		}
		return outcome;
	}

	/**
	 * An imported legacy hash (or a weaker bcrypt cost) is replaced by ours once the
	 * password is known to be right: one more hash, once per customer.
	 */
	private void upgradeLegacyHashes(Snapshot snapshot, List<Long> matched, String password) {
		List<Long> legacy = snapshot.accounts()
			.stream()
			.filter((account) -> matched.contains(account.getId()))
			.filter((account) -> this.hasher.needsUpgrade(account.getWebPasswordHash()))
			.map(Account::getId)
			.toList();
		if (legacy.isEmpty()) {
			return;
		}
		String upgraded = this.hasher.hash(password);
		this.writes.executeWithoutResult((status) -> legacy.forEach(
				(id) -> this.accounts.findById(id).ifPresent((account) -> account.upgradeWebPasswordHash(upgraded))));
		log.info("login: {} legacy hash(es) of {} re-hashed", legacy.size(), snapshot.customer().getMaskedCustomerId());
	}

	private List<Long> matchingAccounts(Snapshot snapshot, String password) {
		if (snapshot.accounts().isEmpty()) {
			this.hasher.spendEquivalentTime(password);
			return List.of();
		}
		if (snapshot.customer().isUnified()) {
			// R-UNIFY-2: one password for all accounts, so one check decides for all of
			// them
			Account first = snapshot.accounts().get(0);
			return this.hasher.matches(password, first.getWebPasswordHash())
					? snapshot.accounts().stream().map(Account::getId).toList() : List.of();
		}
		return snapshot.accounts()
			.stream()
			.filter((account) -> this.hasher.matches(password, account.getWebPasswordHash()))
			.map(Account::getId)
			.toList();
	}

	private record Snapshot(Customer customer, List<Account> accounts) {
	}

}
