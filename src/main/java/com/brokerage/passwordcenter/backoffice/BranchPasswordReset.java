package com.brokerage.passwordcenter.backoffice;

import java.time.Clock;
import java.util.Collection;
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
import com.brokerage.passwordcenter.notification.SmsSender;
import com.brokerage.passwordcenter.password.InitialPasswordGenerator;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-OPS-2, R-LOGIN-6: the in-branch reissue after the clerk checked ID card and seal. A
 * fresh initial password becomes the web and voice password of the chosen accounts (all
 * of them for a unified customer), the lock goes (R-LOGIN-5), and the password reaches
 * the customer by SMS to the mobile on file — never through Tasklist, whose form data are
 * process variables. Runs in the sending job: if the SMS fails, nothing is changed and
 * the retry makes a new password.
 */
@Service
class BranchPasswordReset {

	private static final Logger log = LoggerFactory.getLogger(BranchPasswordReset.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final InitialPasswordGenerator generator;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final SmsSender sms;

	private final AuditTrail audit;

	private final Clock clock;

	BranchPasswordReset(CustomerRepository customers, AccountRepository accounts, InitialPasswordGenerator generator,
			SecretHasher hasher, WebPasswords webPasswords, SmsSender sms, AuditTrail audit, Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.generator = generator;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.sms = sms;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return false when there is no mobile on file to send the password to (nothing
	 * changed then)
	 */
	@Transactional
	boolean reset(Long customerRef, Collection<Long> chosenAccountIds, String clerk, String processInstanceId) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		if (customer.getMobile() == null) {
			return false;
		}
		List<Account> all = this.accounts.findByCustomer_IdOrderByIdAsc(customerRef);
		List<Account> toReset = all.stream()
			.filter((a) -> customer.isUnified() || chosenAccountIds.contains(a.getId()))
			.toList();
		if (toReset.isEmpty()) {
			throw new IllegalStateException("no account chosen for the branch reissue");
		}
		// R-PWD-6: never an initial password the customer could not choose
		String initialPassword = this.generator.generate(customer);
		DerivedKey web = this.webPasswords.deriveNew(customer, initialPassword, toReset.size() == all.size());
		String voiceHash = this.hasher.hash(VoiceKeypad.toDigits(initialPassword));
		this.webPasswords.set(web, customer, toReset, voiceHash, this.clock.instant(), null);
		for (Account account : toReset) {
			this.audit.record(entry(customer, clerk, AuditAction.REISSUE_COMPLETE, "BRANCH_RESET", processInstanceId)
				.account(account.getId()));
		}
		customer.recordPasswordReissued();
		this.audit.record(entry(customer, clerk, AuditAction.UNLOCK, "CLEARED_BY_REISSUE", processInstanceId));
		this.sms.sendBranchInitialPasswordSms(customer.getMobile(), initialPassword);
		log.info("branch reissue for {} by {}: {} account(s) reset", customer.getMaskedCustomerId(), clerk,
				toReset.size());
		return true;
	}

	private static AuditEntry entry(Customer customer, String clerk, AuditAction action, String outcome,
			String processInstanceId) {
		return AuditEntry.by(ActorType.CLERK, clerk, action, Channel.BRANCH, outcome)
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId);
	}

}
