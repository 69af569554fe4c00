package com.brokerage.passwordcenter.reissue;

import java.time.Clock;
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
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import com.brokerage.passwordcenter.password.InitialPasswordGenerator;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-task work of a reissue (R-REISSUE-9..11): make the initial password, apply
 * the new one, clear the lock, tell the customer, record the end. Runs inside the
 * engine's transaction.
 */
@Service
class PasswordReissue {

	private static final Logger log = LoggerFactory.getLogger(PasswordReissue.class);

	private final ReissueApplicationRepository applications;

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final InitialPasswordGenerator generator;

	private final InitialPasswordHandOver handOver;

	private final PasswordChangedNotifier notifier;

	private final AuditTrail audit;

	private final BusinessMetrics metrics;

	private final Clock clock;

	PasswordReissue(ReissueApplicationRepository applications, CustomerRepository customers, AccountRepository accounts,
			SecretHasher hasher, WebPasswords webPasswords, InitialPasswordGenerator generator,
			InitialPasswordHandOver handOver, PasswordChangedNotifier notifier, AuditTrail audit,
			BusinessMetrics metrics, Clock clock) {
		this.applications = applications;
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.generator = generator;
		this.handOver = handOver;
		this.notifier = notifier;
		this.audit = audit;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** R-REISSUE-9: made here, its hash kept, the clear text handed to the page once. */
	@Transactional
	public void issueInitialPassword(String applicationId) {
		ReissueApplication application = open(applicationId);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		String initialPassword = this.generator.generate(customer);
		application.keepInitialPasswordHash(this.hasher.hash(initialPassword));
		this.handOver.put(applicationId, initialPassword);
	}

	/**
	 * R-REISSUE-10: the chosen account, or every account of a unified customer; voice
	 * with web (R-PWD-3).
	 */
	@Transactional
	public void applyNewPassword(String applicationId, String processInstanceId) {
		ReissueApplication application = open(applicationId);
		if (application.getPendingWebHash() == null) {
			throw new IllegalStateException("no new password to apply for " + applicationId);
		}
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		List<Account> toReset = accountsToReset(customer, application);
		this.webPasswords.set(DerivedKey.fromPending(application.getPendingWebHash()), customer, toReset,
				application.getPendingVoiceHash(), this.clock.instant(), null);
		for (Account account : toReset) {
			this.audit.record(entry(customer, AuditAction.REISSUE_COMPLETE, "PASSWORD_RESET", processInstanceId)
				.account(account.getId()));
		}
		application.forgetSecrets();
		log.info("reissue {}: new password applied for {}", applicationId, customer.getMaskedCustomerId());
	}

	/**
	 * R-REISSUE-11, R-LOGIN-5: the lock and the failure count go; the one unlock is
	 * available again.
	 */
	@Transactional
	public void clearLoginLock(String applicationId, String processInstanceId) {
		ReissueApplication application = this.applications.findById(applicationId).orElseThrow();
		Customer customer = this.customers.findByIdForUpdate(application.getCustomerRef()).orElseThrow();
		customer.recordPasswordReissued();
		this.audit.record(entry(customer, AuditAction.UNLOCK, "CLEARED_BY_REISSUE", processInstanceId));
	}

	@Transactional(readOnly = true)
	public void notifyPasswordChanged(String applicationId) {
		ReissueApplication application = this.applications.findById(applicationId).orElseThrow();
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.notifier.passwordChanged(customer.getName(), customer.getMobile(), customer.getEmail(),
				this.clock.instant());
	}

	@Transactional
	public void end(String applicationId, ReissueStatus status, String processInstanceId) {
		ReissueApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
		application.end(status, this.clock.instant());
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.audit.record(entry(customer, AuditAction.REISSUE_COMPLETE, status.name(), processInstanceId));
		this.metrics.journeyEnded(application.getPath().processId(), ending(status), status.name());
		log.info("reissue {} ended: {}", applicationId, status);
	}

	private static BusinessMetrics.Ending ending(ReissueStatus status) {
		return switch (status) {
			case COMPLETED -> BusinessMetrics.Ending.COMPLETED;
			case PASSCODE_EXPIRED, LINK_EXPIRED, ABANDONED -> BusinessMetrics.Ending.EXPIRED;
			default -> BusinessMetrics.Ending.STOPPED;
		};
	}

	private List<Account> accountsToReset(Customer customer, ReissueApplication application) {
		List<Account> all = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId());
		if (customer.isUnified()) {
			return all;
		}
		return all.stream().filter((account) -> account.getId().equals(application.getAccountRef())).toList();
	}

	private ReissueApplication open(String applicationId) {
		ReissueApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
		if (!application.isOpen()) {
			throw new IllegalStateException("application " + applicationId + " has ended");
		}
		return application;
	}

	private static AuditEntry entry(Customer customer, AuditAction action, String outcome, String processInstanceId) {
		return AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, outcome)
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId);
	}

}
