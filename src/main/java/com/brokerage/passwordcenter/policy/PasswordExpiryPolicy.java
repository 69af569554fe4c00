package com.brokerage.passwordcenter.policy;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

import com.brokerage.passwordcenter.customer.BusinessLine;

import org.springframework.stereotype.Component;

/**
 * R-CHANGE-2 from {@code dmn/password-expiry.dmn}: how long a web password of this
 * business line stays valid after it was set. Evaluated in memory (the accounts table and
 * the login read it), without decision history.
 */
@Component
public class PasswordExpiryPolicy {

	static final String BUSINESS_LINE = "businessLine";

	static final String MAX_AGE = "maxAge";

	private final DeployedTables tables;

	PasswordExpiryPolicy(DeployedTables tables) {
		this.tables = tables;
	}

	/** The maximum age; empty: the password never expires. */
	public Optional<Period> maxAge(BusinessLine line) {
		Map<String, Object> row = this.tables.evaluate(PolicyTable.PASSWORD_EXPIRY, Map.of(BUSINESS_LINE, line.name()))
			.getSingleResult()
			.getEntryMap();
		return Optional.ofNullable(Outputs.periodOrNull(row, MAX_AGE));
	}

}
