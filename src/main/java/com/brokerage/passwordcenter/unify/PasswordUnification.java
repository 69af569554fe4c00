package com.brokerage.passwordcenter.unify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.WebPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-task work of a unification (R-UNIFY-2): apply the new password to every
 * account and mark the customer unified, tell the customer, record the end. Runs inside
 * the engine's transaction.
 */
@Service
class PasswordUnification {

	private static final Logger log = LoggerFactory.getLogger(PasswordUnification.class);

	private final UnificationApplicationRepository applications;

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final WebPasswords webPasswords;

	private final PasswordsUnifiedNotifier notifier;

	private final AuditTrail audit;

	private final Clock clock;

	PasswordUnification(UnificationApplicationRepository applications, CustomerRepository customers,
			AccountRepository accounts, WebPasswords webPasswords, PasswordsUnifiedNotifier notifier, AuditTrail audit,
			Clock clock) {
		this.applications = applications;
		this.customers = customers;
		this.accounts = accounts;
		this.webPasswords = webPasswords;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * R-UNIFY-2, R-PWD-3: every account's web and voice password, and the unified flag,
	 * in one transaction; any failure leaves all of it as it was.
	 */
	@Transactional
	public void unify(String applicationId, String processInstanceId) {
		UnificationApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
		if (!application.isOpen() || application.getPendingWebHash() == null) {
			throw new IllegalStateException("no unified password to apply for " + applicationId);
		}
		Customer customer = this.customers.findByIdForUpdate(application.getCustomerRef()).orElseThrow();
		if (customer.isUnified()) {
			throw new IllegalStateException("customer of " + applicationId + " is already unified");
		}
		Instant now = this.clock.instant();
		List<Account> all = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId());
		// expiry: none stored, so the table derives it from the change date
		// (docs/decisions.md)
		this.webPasswords.set(DerivedKey.fromPending(application.getPendingWebHash()), customer, all,
				application.getPendingVoiceHash(), now, null);
		for (Account account : all) {
			this.audit.record(entry(customer, "PASSWORD_SET", processInstanceId).account(account.getId()));
		}
		customer.markUnified();
		application.markUnified(now);
		this.audit.record(entry(customer, "UNIFIED", processInstanceId).detail(all.size() + " accounts"));
		log.info("unification {}: {} accounts of {} unified", applicationId, all.size(),
				customer.getMaskedCustomerId());
	}

	@Transactional(readOnly = true)
	public void notifyUnified(String applicationId) {
		UnificationApplication application = this.applications.findById(applicationId).orElseThrow();
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.notifier.passwordsUnified(customer.getName(), customer.getMobile(), customer.getEmail(),
				application.getUnifiedAt());
	}

	@Transactional
	public void end(String applicationId, UnificationStatus status, String processInstanceId) {
		UnificationApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
		application.end(status, this.clock.instant());
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.audit.record(entry(customer, "ENDED_" + application.getStatus().name(), processInstanceId));
		log.info("unification {} ended: {}", applicationId, application.getStatus());
	}

	private static AuditEntry entry(Customer customer, String outcome, String processInstanceId) {
		return AuditEntry
			.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), AuditAction.UNIFY, Channel.WEB, outcome)
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId);
	}

}
