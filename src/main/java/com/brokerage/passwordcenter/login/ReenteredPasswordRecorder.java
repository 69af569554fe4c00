package com.brokerage.passwordcenter.login;

import java.time.Clock;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.LockReason;
import com.brokerage.passwordcenter.policy.LoginLockPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A wrong old password typed inside a session (change, unification) counts like a wrong
 * login password (docs/decisions.md): a stolen session gets no more guesses than the
 * login page. Its own transaction, so the count commits although the change is refused.
 */
@Component
public class ReenteredPasswordRecorder {

	private static final Logger log = LoggerFactory.getLogger(ReenteredPasswordRecorder.class);

	private final CustomerRepository customers;

	private final AuditTrail audit;

	/** R-LOGIN-2..4: the login lock table ({@code dmn/login-lock-policy.dmn}), cached. */
	private final LoginLockPolicy lockPolicy;

	private final Clock clock;

	ReenteredPasswordRecorder(CustomerRepository customers, AuditTrail audit, LoginLockPolicy lockPolicy, Clock clock) {
		this.customers = customers;
		this.audit = audit;
		this.lockPolicy = lockPolicy;
		this.clock = clock;
	}

	/**
	 * Counts one failure under the row lock.
	 * @return {@code wrong} to answer, or the lock code when this failure locked the
	 * login
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public ErrorCode recordWrong(Long customerRef, AuditAction action, ErrorCode wrong) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		customer.recordFailedLogin(this.lockPolicy, this.clock.instant());
		this.audit.record(entry(customer, action, wrong.name()));
		if (customer.isLocked()) {
			this.audit.record(entry(customer, AuditAction.LOCK, customer.getLockReason().name()));
			log.info("{} refused: wrong old password locked {}", action, customer.getMaskedCustomerId());
			return lockedAnswer(customer);
		}
		log.info("{} refused: wrong old password for {} ({} cumulative)", action, customer.getMaskedCustomerId(),
				customer.getFailedLogins());
		return wrong;
	}

	/** The answer of R-LOGIN-2/4 for a locked login. */
	public static ErrorCode lockedAnswer(Customer customer) {
		return customer.getLockReason() == LockReason.FAILURES_UNLOCK_AVAILABLE
				? ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE : ErrorCode.LOGIN_LOCKED_REISSUE_ONLY;
	}

	private static AuditEntry entry(Customer customer, AuditAction action, String outcome) {
		return AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, outcome)
			.customer(customer.getId(), customer.getMaskedCustomerId());
	}

}
