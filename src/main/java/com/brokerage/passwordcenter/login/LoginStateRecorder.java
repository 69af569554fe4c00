package com.brokerage.passwordcenter.login;

import java.time.Clock;
import java.util.List;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.LockReason;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import com.brokerage.passwordcenter.policy.LoginLockPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short, row-locked transaction that applies one attempt's result to the login state,
 * with its audit record.
 */
@Component
class LoginStateRecorder {

	private static final Logger log = LoggerFactory.getLogger(LoginStateRecorder.class);

	private final CustomerRepository customers;

	private final AuditTrail audit;

	/** R-LOGIN-2..4: the login lock table ({@code dmn/login-lock-policy.dmn}), cached. */
	private final LoginLockPolicy lockPolicy;

	private final BusinessMetrics metrics;

	private final Clock clock;

	LoginStateRecorder(CustomerRepository customers, AuditTrail audit, LoginLockPolicy lockPolicy,
			BusinessMetrics metrics, Clock clock) {
		this.customers = customers;
		this.audit = audit;
		this.lockPolicy = lockPolicy;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	public LoginOutcome record(Long customerRef, List<Long> matchedAccountIds) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		if (customer.isLocked()) {
			// a parallel attempt locked it while this one was hashing
			return refused(customer, "LOCKED");
		}
		if (!matchedAccountIds.isEmpty()) {
			customer.recordSuccessfulLogin();
			audit(customer, "SUCCESS");
			log.info("login ok: customer {}", customer.getMaskedCustomerId());
			return new LoginOutcome.Success(customer.getId(), customer.getMaskedCustomerId(), customer.getName(),
					customer.isUnified(), matchedAccountIds);
		}
		customer.recordFailedLogin(this.lockPolicy, this.clock.instant());
		if (customer.isLocked()) {
			this.audit.record(entry(customer, AuditAction.LOCK, customer.getLockReason().name()));
			this.metrics.lockout(customer.getLockReason().name());
			return refused(customer, "WRONG_PASSWORD_LOCKED");
		}
		audit(customer, "WRONG_PASSWORD");
		log.info("login refused: wrong password for {} ({} cumulative)", customer.getMaskedCustomerId(),
				customer.getFailedLogins());
		return new LoginOutcome.Refused(ErrorCode.INVALID_CREDENTIALS);
	}

	@Transactional
	public LoginOutcome refuseLocked(Long customerRef) {
		return refused(this.customers.findById(customerRef).orElseThrow(), "LOCKED");
	}

	private LoginOutcome refused(Customer customer, String outcome) {
		audit(customer, outcome);
		log.info("login refused: {} is locked ({})", customer.getMaskedCustomerId(), customer.getLockReason());
		return new LoginOutcome.Refused(customer.getLockReason() == LockReason.FAILURES_UNLOCK_AVAILABLE
				? ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE : ErrorCode.LOGIN_LOCKED_REISSUE_ONLY);
	}

	private void audit(Customer customer, String outcome) {
		this.audit.record(entry(customer, AuditAction.LOGIN, outcome));
	}

	private AuditEntry entry(Customer customer, AuditAction action, String outcome) {
		return AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, outcome)
			.customer(customer.getId(), customer.getMaskedCustomerId());
	}

}
