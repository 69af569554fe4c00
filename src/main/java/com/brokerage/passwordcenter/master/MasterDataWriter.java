package com.brokerage.passwordcenter.master;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.password.SecretHasher;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.brokerage.passwordcenter.customer.CustomerRepository;

/**
 * Writes customers of the master, one or a chunk of them per transaction, so a refused
 * row leaves nothing behind (a refused chunk is rolled back whole and written again row
 * by row, {@link CustomerImport}). Creates the customer, or updates birth date, name,
 * contacts and branch names and adds new accounts; never removes an account, never
 * overwrites a password hash (the customer may have changed the password here since) nor
 * the unification state (the customer's own choice, R-UNIFY). A dry run does the same
 * work and rolls it back.
 */
@Component
class MasterDataWriter {

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final EntityManager entities;

	MasterDataWriter(CustomerRepository customers, AccountRepository accounts, AuditTrail audit,
			TransactionTemplate transactions, Clock clock, EntityManager entities) {
		this.customers = customers;
		this.accounts = accounts;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * One customer in its own transaction (a refused chunk's rows, one by one).
	 * @throws RowRefusedException when an account of the row belongs to another customer
	 */
	Change write(MasterCustomer master, String operator, Channel channel, boolean dryRun) {
		return writeAll(List.of(master), operator, channel, dryRun).get(0);
	}

	/**
	 * Writes {@code chunk} in one transaction: one commit for many rows (a commit is a
	 * disk flush on H2 and PostgreSQL alike, the import's cost per row otherwise).
	 * @throws RowRefusedException when an account of any row belongs to another customer;
	 * then nothing of the chunk is written
	 */
	List<Change> writeAll(List<MasterCustomer> chunk, String operator, Channel channel, boolean dryRun) {
		return this.transactions.execute((status) -> {
			List<Change> changes = new ArrayList<>(chunk.size());
			for (MasterCustomer master : chunk) {
				changes.add(write(master, operator, channel));
				// each query auto-flushes: kept, the chunk's rows would be dirty-checked
				// again for every row after them (quadratic)
				this.entities.flush();
				this.entities.clear();
			}
			if (dryRun) {
				status.setRollbackOnly();
			}
			return changes;
		});
	}

	/** Updates an existing customer only: the operator API cannot create one. */
	Optional<Change> update(MasterCustomer master, String operator) {
		return this.transactions
			.execute((status) -> this.customers.findByCustomerId(master.customerId()).map((found) -> {
				Change change = write(master, operator, Channel.SYSTEM);
				if (change == Change.UNCHANGED) {
					status.setRollbackOnly();
				}
				return change;
			}));
	}

	/** An unchanged customer writes nothing (dirty checking finds no change). */
	private Change write(MasterCustomer master, String operator, Channel channel) {
		Instant now = this.clock.instant();
		Optional<Customer> existing = this.customers.findByCustomerId(master.customerId());
		Customer customer;
		boolean changed;
		Change change;
		if (existing.isPresent()) {
			customer = existing.get();
			changed = customer.applyMasterData(master.birthDate(), master.name(), master.mobile(), master.email());
			change = Change.UPDATED;
		}
		else {
			customer = this.customers.save(new Customer(master.customerId(), master.birthDate(), master.name(),
					master.mobile(), master.email(), now));
			if (master.unified()) {
				customer.markUnified();
			}
			changed = true;
			change = Change.CREATED;
		}
		List<Account> held = new ArrayList<>(this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId()));
		for (int i = 0; i < master.accounts().size(); i++) {
			changed |= account(customer, held, master.accounts().get(i), i, now);
		}
		if (!changed) {
			return Change.UNCHANGED;
		}
		this.audit.record(AuditEntry.by(ActorType.OPERATOR, operator,
				existing.isPresent() ? AuditAction.MASTER_UPDATE : AuditAction.MASTER_IMPORT, channel, change.name())
			.customer(customer.getId(), customer.getMaskedCustomerId()));
		return change;
	}

	private boolean account(Customer customer, List<Account> held, MasterCustomer.MasterAccount master, int index,
			Instant now) {
		Optional<Account> found = this.accounts.findByBusinessLineAndBranchCodeAndAccountNumber(master.businessLine(),
				master.branchCode(), master.accountNumber());
		if (found.isPresent()) {
			if (!found.get().getCustomer().getId().equals(customer.getId())) {
				throw new RowRefusedException("accounts[" + index + "].accountNumber",
						"this account belongs to another customer");
			}
			return found.get().renameBranch(master.branchName());
		}
		String web = master.webPasswordHash();
		String voice = master.voicePasswordHash();
		if (customer.isUnified() && !held.isEmpty()) {
			// R-UNIFY-2: a new account of a unified customer opens with the one password
			web = held.get(0).getWebPasswordHash();
			voice = held.get(0).getVoicePasswordHash();
		}
		Account account = this.accounts.save(new Account(customer, master.businessLine(), master.branchCode(),
				master.branchName(), master.accountNumber(), web == null ? SecretHasher.NO_PASSWORD : web,
				voice == null ? SecretHasher.NO_PASSWORD : voice, now));
		held.add(account);
		return true;
	}

	/** What writing one customer did. */
	enum Change {

		CREATED, UPDATED, UNCHANGED

	}

}
