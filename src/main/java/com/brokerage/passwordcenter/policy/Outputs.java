package com.brokerage.passwordcenter.policy;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads one row's outputs as the code needs them. The guard rails refuse a table whose
 * outputs would not read (PolicyTableGuard), so a failure here is a bug.
 */
final class Outputs {

	private Outputs() {
	}

	static int integer(Map<String, Object> row, String name) {
		if (row.get(name) instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return number.intValue();
		}
		throw new IllegalArgumentException("output '" + name + "' is not a whole number: " + row.get(name));
	}

	static Duration duration(Map<String, Object> row, String name) {
		Object value = row.get(name);
		try {
			return Duration.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"output '" + name + "' is not an ISO-8601 duration such as PT5M or PT24H: " + value);
		}
	}

	/** {@code null}: none (e.g. a password that never expires). */
	static Period periodOrNull(Map<String, Object> row, String name) {
		Object value = row.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Period.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"output '" + name + "' is not an ISO-8601 period such as P90D or P6M, nor null: " + value);
		}
	}

}
