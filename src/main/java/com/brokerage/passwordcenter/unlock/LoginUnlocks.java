package com.brokerage.passwordcenter.unlock;

import java.util.Optional;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-LOGIN-3/4, R-UNLOCK-4, R-OPS-1: lifts a lock, once, whichever channel asks (online or
 * the phone line). The once-only rule lives in {@link Customer#isUnlockAvailable()}; this
 * service applies it under a row lock and audits.
 */
@Service
public class LoginUnlocks {

	private static final Logger log = LoggerFactory.getLogger(LoginUnlocks.class);

	private final CustomerRepository customers;

	private final AuditTrail audit;

	private final BusinessMetrics metrics;

	LoginUnlocks(CustomerRepository customers, AuditTrail audit, BusinessMetrics metrics) {
		this.customers = customers;
		this.audit = audit;
		this.metrics = metrics;
	}

	/** Why the customer's lock cannot be lifted now, or empty if it can. */
	@Transactional(readOnly = true)
	public Optional<UnlockRefusal> refusalFor(Long customerRef) {
		return refusalFor(this.customers.findById(customerRef).orElseThrow());
	}

	/**
	 * Lifts the lock, or answers why not; the refusal is audited too. A {@code null}
	 * actor is the customer.
	 */
	@Transactional
	public Optional<UnlockRefusal> unlock(Long customerRef, ActorType actorType, String actor, Channel channel,
			String processInstanceId) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		Optional<UnlockRefusal> refusal = refusalFor(customer);
		if (refusal.isEmpty()) {
			customer.unlock();
			this.metrics.unlock(channel.name());
		}
		this.audit.record(AuditEntry
			.by(actorType, (actor != null) ? actor : customer.getMaskedCustomerId(), AuditAction.UNLOCK, channel,
					refusal.map(UnlockRefusal::name).orElse("UNLOCKED"))
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId));
		log.info("unlock of {} by {} via {}: {}", customer.getMaskedCustomerId(), actorType, channel,
				refusal.map(UnlockRefusal::name).orElse("UNLOCKED"));
		return refusal;
	}

	private static Optional<UnlockRefusal> refusalFor(Customer customer) {
		if (!customer.isLocked()) {
			return Optional.of(UnlockRefusal.NOT_LOCKED);
		}
		return customer.isUnlockAvailable() ? Optional.empty() : Optional.of(UnlockRefusal.REISSUE_ONLY);
	}

}
