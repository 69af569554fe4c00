package com.brokerage.passwordcenter.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What an operator looks for in the audit trail; every criterion is optional.
 *
 * @param customerRef the customer's row; records without a customer row (attempts on
 * unknown IDs, wrong birth dates) match by {@code subject} instead
 * @param subject the masked customer ID
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(Long customerRef, String subject, AuditAction action, Instant from, Instant to) {

	Specification<AuditRecord> specification() {
		return (root, query, builder) -> {
			List<Predicate> all = new ArrayList<>();
			if (this.customerRef != null || this.subject != null) {
				List<Predicate> customer = new ArrayList<>();
				if (this.customerRef != null) {
					customer.add(builder.equal(root.get("customerRef"), this.customerRef));
				}
				if (this.subject != null) {
					customer.add(builder.and(builder.isNull(root.get("customerRef")),
							builder.equal(root.get("subject"), this.subject)));
				}
				all.add(builder.or(customer.toArray(Predicate[]::new)));
			}
			if (this.action != null) {
				all.add(builder.equal(root.get("action"), this.action));
			}
			if (this.from != null) {
				all.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), this.from));
			}
			if (this.to != null) {
				all.add(builder.lessThan(root.get("occurredAt"), this.to));
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
	}

}
