package com.brokerage.passwordcenter.policy.guard;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

/** The value checks the tables share, each adding a problem that names the row. */
final class Values {

	private Values() {
	}

	static void wholeNumberWithin(Row row, String output, int min, int max, String ceilingName, Problems problems) {
		Object value = row.outputs().get(output);
		if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
			problems.add(row.named() + ": " + output + " '" + value + "' is not a whole number");
			return;
		}
		if (number.intValue() < min) {
			problems.add(row.named() + ": " + output + " " + number.intValue() + " is below " + min);
		}
		else if (number.intValue() > max) {
			problems.add(row.named() + ": " + output + " " + number.intValue() + " is above the ceiling " + max
					+ " (password-center.policy.ceilings." + ceilingName + ")");
		}
	}

	static void durationWithin(Row row, String output, Duration max, String ceilingName, Problems problems) {
		Object value = row.outputs().get(output);
		Duration duration;
		try {
			duration = Duration.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			problems.add(row.named() + ": " + output + " '" + value
					+ "' is not an ISO-8601 duration such as \"PT5M\" or \"PT24H\"");
			return;
		}
		if (duration.isNegative() || duration.isZero()) {
			problems.add(row.named() + ": " + output + " " + value + " is not positive");
		}
		else if (duration.compareTo(max) > 0) {
			problems.add(row.named() + ": " + output + " " + value + " is above the ceiling " + max
					+ " (password-center.policy.ceilings." + ceilingName + ")");
		}
	}

	static void positivePeriodOrNull(Row row, String output, Problems problems) {
		Object value = row.outputs().get(output);
		if (value == null) {
			return;
		}
		try {
			Period period = Period.parse(String.valueOf(value));
			if (period.isNegative() || period.isZero()) {
				problems.add(row.named() + ": " + output + " " + value + " is not positive");
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(row.named() + ": " + output + " '" + value
					+ "' is neither an ISO-8601 period such as \"P90D\" or \"P6M\" nor null");
		}
	}

}
