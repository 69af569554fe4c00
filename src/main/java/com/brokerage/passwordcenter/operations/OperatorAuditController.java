package com.brokerage.passwordcenter.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditQuery;
import com.brokerage.passwordcenter.audit.AuditRecord;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-OPS-4 for operators: the audit trail by customer, day range and action, a page at a
 * time. Records hold no secret and only masked IDs; the full ID typed here is used to
 * find the customer and is not echoed.
 */
@RestController
class OperatorAuditController {

	static final int MAX_PAGE_SIZE = 200;

	private final AuditTrail audit;

	private final CustomerRepository customers;

	private final ZoneId zone;

	OperatorAuditController(AuditTrail audit, CustomerRepository customers, PasswordCenterProperties properties) {
		this.audit = audit;
		this.customers = customers;
		this.zone = properties.zone();
	}

	@Operation(summary = "Operators: audit records, newest first (HTTP Basic, group camunda-admin)")
	@GetMapping("/api/v1/operator/audit")
	AuditPage search(@RequestParam(required = false) String customer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) AuditAction action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "page");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "size");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "to");
		}
		Page<AuditRecord> found = this.audit.search(query(customer, from, to, action), page, size);
		return new AuditPage(found.getContent().stream().map(AuditItem::of).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	/** Days are calendar days in the brokerage's zone, both ends included. */
	private AuditQuery query(String customer, LocalDate from, LocalDate to, AuditAction action) {
		Instant start = (from != null) ? from.atStartOfDay(this.zone).toInstant() : null;
		Instant end = (to != null) ? to.plusDays(1).atStartOfDay(this.zone).toInstant() : null;
		if (customer == null || customer.isBlank()) {
			return new AuditQuery(null, null, action, start, end);
		}
		String id = TaiwanIds.normalize(customer);
		if (!TaiwanIds.isValidCustomerId(id)) {
			throw new ApiException(ErrorCode.INVALID_NATIONAL_ID, "customer");
		}
		Long ref = this.customers.findByCustomerId(id).map(Customer::getId).orElse(null);
		return new AuditQuery(ref, Masking.customerId(id), action, start, end);
	}

	record AuditPage(List<AuditItem> items, int page, int size, long totalElements, int totalPages) {
	}

	record AuditItem(Long id, Instant occurredAt, String actorType, String actor, String action, Long customerRef,
			String subject, Long accountRef, String channel, String outcome, String processInstanceId, String detail) {

		static AuditItem of(AuditRecord record) {
			return new AuditItem(record.getId(), record.getOccurredAt(), record.getActorType().name(),
					record.getActor(), record.getAction().name(), record.getCustomerRef(), record.getSubject(),
					record.getAccountRef(), record.getChannel().name(), record.getOutcome(),
					record.getProcessInstanceId(), record.getDetail());
		}

	}

}
