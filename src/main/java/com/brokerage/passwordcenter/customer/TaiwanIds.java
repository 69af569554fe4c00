package com.brokerage.passwordcenter.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Taiwan identifiers a customer logs in with: the national ID 身分證字號 (one letter, 1/2 or
 * 8/9, eight digits, checksum) and a company's unified business number 統一編號 (eight
 * digits, checksum).
 */
public final class TaiwanIds {

	private static final Pattern NATIONAL_ID = Pattern.compile("[A-Z][1289][0-9]{8}");

	private static final Pattern BUSINESS_NUMBER = Pattern.compile("[0-9]{8}");

	/**
	 * Letter codes 10..35 in the order the Ministry of the Interior assigns them (I, O,
	 * W, X, Y, Z out of order).
	 */
	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

	private static final int[] BUSINESS_WEIGHTS = { 1, 2, 1, 2, 1, 2, 4, 1 };

	private TaiwanIds() {
	}

	/** Upper-cases and trims what the customer typed; {@code null} stays {@code null}. */
	public static String normalize(String id) {
		return id == null ? null : id.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValidCustomerId(String id) {
		return isValidNationalId(id) || isValidBusinessNumber(id);
	}

	public static boolean isValidNationalId(String id) {
		if (id == null || !NATIONAL_ID.matcher(id).matches()) {
			return false;
		}
		int code = LETTERS.indexOf(id.charAt(0)) + 10;
		int sum = code / 10 + (code % 10) * 9;
		for (int i = 1; i <= 8; i++) {
			sum += (id.charAt(i) - '0') * (9 - i);
		}
		sum += id.charAt(9) - '0';
		return sum % 10 == 0;
	}

	/**
	 * The 2023 rule (sum divisible by 5) also accepts every number valid under the old
	 * one (by 10).
	 */
	public static boolean isValidBusinessNumber(String id) {
		if (id == null || !BUSINESS_NUMBER.matcher(id).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int product = (id.charAt(i) - '0') * BUSINESS_WEIGHTS[i];
			sum += product / 10 + product % 10;
		}
		// a 7 in the seventh place gives 28 → 10 → either 1 or 0
		return sum % 5 == 0 || (id.charAt(6) == '7' && (sum + 1) % 5 == 0);
	}

	public static CustomerKind kindOf(String id) {
		return isValidBusinessNumber(id) ? CustomerKind.COMPANY : CustomerKind.PERSON;
	}

}
