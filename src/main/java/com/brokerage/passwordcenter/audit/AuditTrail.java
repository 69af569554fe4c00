package com.brokerage.passwordcenter.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	/** For operators (R-OPS-4): newest first, one page. */
	@Transactional(readOnly = true)
	public Page<AuditRecord> search(AuditQuery query, int page, int size) {
		return this.records.findAll(query.specification(),
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
	}

}
