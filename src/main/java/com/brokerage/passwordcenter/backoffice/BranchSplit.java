package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-OPS-3, R-UNIFY-3: splits a unified customer back to per-account passwords. Each
 * account keeps the current password until the customer changes it; the change page then
 * shows the per-account table (R-CHANGE-2).
 */
@Service
class BranchSplit {

	private final CustomerRepository customers;

	private final AuditTrail audit;

	BranchSplit(CustomerRepository customers, AuditTrail audit) {
		this.customers = customers;
		this.audit = audit;
	}

	/**
	 * @return false when the customer is not unified (nothing to split)
	 */
	@Transactional
	boolean split(Long customerRef, String clerk, String processInstanceId) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		boolean wasUnified = customer.isUnified();
		if (wasUnified) {
			customer.markSplit();
		}
		this.audit.record(AuditEntry
			.by(ActorType.CLERK, clerk, AuditAction.SPLIT, Channel.BRANCH, wasUnified ? "SPLIT" : "NOT_UNIFIED")
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId));
		return wasUnified;
	}

}
