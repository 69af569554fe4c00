package com.brokerage.passwordcenter.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit records (R-OPS-4). Joins the caller's transaction, so a record exists
 * exactly when the change it describes was committed.
 */
@Service
public class AuditTrail {

	private final AuditRecordRepository records;

	private final Clock clock;

	AuditTrail(AuditRecordRepository records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Transactional
	public void record(AuditEntry entry) {
		this.records.save(new AuditRecord(this.clock.instant(), entry.actorType(), entry.actor(), entry.action(),
				entry.customerRef(), entry.subject(), entry.accountRef(), entry.channel(), entry.outcome(),
				entry.processInstanceId(), entry.detail()));
	}

	@Transactional(readOnly = true)
	public List<AuditRecord> forCustomer(Long customerRef) {
		return this.records.findByCustomerRefOrderByIdAsc(customerRef);
	}

}
