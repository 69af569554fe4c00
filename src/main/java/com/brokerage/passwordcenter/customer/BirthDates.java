package com.brokerage.passwordcenter.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;

/**
 * R-REISSUE-1, R-UNLOCK-1: a birth date typed as 8 Gregorian digits {@code YYYYMMDD}
 * (2002-02-01 → 20020201): a real date, not in the future.
 */
public final class BirthDates {

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private BirthDates() {
	}

	/** The date, or the customer-facing refusal of the {@code birthDate} field. */
	public static LocalDate parseOrRefuse(String typed, Clock clock) {
		return parse(typed, clock).orElseThrow(() -> new ApiException(ErrorCode.INVALID_BIRTH_DATE, "birthDate"));
	}

	public static Optional<LocalDate> parse(String typed, Clock clock) {
		if (typed == null || !typed.matches("[0-9]{8}")) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(typed, YYYYMMDD);
			return date.isAfter(LocalDate.now(clock)) || date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
