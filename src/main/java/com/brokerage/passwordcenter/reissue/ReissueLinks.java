package com.brokerage.passwordcenter.reissue;

import java.util.Locale;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.password.KeyedHasher;
import com.brokerage.passwordcenter.policy.PasscodeChannelsPolicy;
import com.brokerage.passwordcenter.policy.ReissueLimitsPolicy;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The service-task work of the reissue without certificate before the link is opened
 * (R-REISSUE-5/6): are both contacts on file, and the emailed link. Runs inside the
 * engine's transaction.
 */
@Service
class ReissueLinks {

	private static final Logger log = LoggerFactory.getLogger(ReissueLinks.class);

	private final ReissueApplicationRepository applications;

	private final CustomerRepository customers;

	private final KeyedHasher hasher;

	private final ReissueLinkNotifier notifier;

	private final AuditTrail audit;

	private final ReissueLimitsPolicy limits;

	private final PasscodeChannelsPolicy channels;

	private final AccountRepository accounts;

	ReissueLinks(ReissueApplicationRepository applications, CustomerRepository customers, KeyedHasher hasher,
			ReissueLinkNotifier notifier, AuditTrail audit, ReissueLimitsPolicy limits, PasscodeChannelsPolicy channels,
			AccountRepository accounts) {
		this.applications = applications;
		this.customers = customers;
		this.hasher = hasher;
		this.notifier = notifier;
		this.audit = audit;
		this.limits = limits;
		this.channels = channels;
		this.accounts = accounts;
	}

	/**
	 * R-REISSUE-5: some account of the customer's can be reissued without a certificate —
	 * the passcode channels table offers a channel for its business line with the
	 * contacts on file (as shipped: the mobile and the email both on file). Evaluated in
	 * Task_CheckContactsOnFile, so the decision history ties it to the application.
	 */
	@Transactional(readOnly = true)
	public boolean contactsOnFile(String applicationId) {
		Customer customer = customerOf(this.applications.findById(applicationId).orElseThrow());
		boolean onFile = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
			.stream()
			.map(Account::getBusinessLine)
			.distinct()
			.anyMatch(
					(line) -> !this.channels.decide(false, customer.hasMobile(), customer.hasEmail(), line).isEmpty());
		if (!onFile) {
			log.info("reissue {}: mobile or email not on file for {}", applicationId, customer.getMaskedCustomerId());
		}
		return onFile;
	}

	/**
	 * R-REISSUE-6: a fresh token, its keyed hash kept, the link mailed. Runs in the
	 * sending job's transaction: if the mail fails, the hash is rolled back and the retry
	 * makes another token. The token exists in this frame and in the mail only.
	 */
	@Transactional
	public void sendLink(String applicationId, String processInstanceId, Locale locale) {
		ReissueApplication application = this.applications.findForUpdate(applicationId).orElseThrow();
		if (!application.isOpen()) {
			throw new IllegalStateException("application " + applicationId + " has ended");
		}
		Customer customer = customerOf(application);
		String token = LinkToken.generate();
		application.keepLinkTokenHash(this.hasher.hash(token));
		// the mail states the duration the link timer waits: one setting for both
		this.notifier.sendReissueLink(customer.getEmail(), customer.getName(), application.getAppliedAt(),
				LinkToken.sitePath(token), this.limits.current().linkValidity(), locale);
		this.audit
			.record(AuditEntry.by(ActorType.SYSTEM, "password-center", AuditAction.LINK_SEND, Channel.SYSTEM, "SENT")
				.customer(customer.getId(), customer.getMaskedCustomerId())
				.processInstance(processInstanceId)
				.detail("application " + applicationId));
		log.info("reissue {}: link mailed to {}", applicationId, Masking.email(customer.getEmail()));
	}

	private Customer customerOf(ReissueApplication application) {
		return this.customers.findById(application.getCustomerRef()).orElseThrow();
	}

}
