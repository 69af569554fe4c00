package com.brokerage.passwordcenter.password;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * R-PWD-3: how a password with letters is keyed on the phone ordering line — the standard
 * keypad (ITU E.161), ABC→2 … WXYZ→9, case-insensitive; digits stay as they are.
 */
public final class VoiceKeypad {

	private static final String[] KEYS = { "", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ" };

	private VoiceKeypad() {
	}

	/** The digits the customer keys for this password. */
	public static String toDigits(String password) {
		StringBuilder digits = new StringBuilder(password.length());
		for (char c : password.toUpperCase(Locale.ROOT).toCharArray()) {
			digits.append(digitOf(c));
		}
		return digits.toString();
	}

	/** The conversion table the page shows: key → letters. */
	public static Map<Integer, String> table() {
		Map<Integer, String> table = new LinkedHashMap<>();
		for (int key = 2; key <= 9; key++) {
			table.put(key, KEYS[key]);
		}
		return table;
	}

	private static char digitOf(char c) {
		if (c >= '0' && c <= '9') {
			return c;
		}
		for (int key = 2; key <= 9; key++) {
			if (KEYS[key].indexOf(c) >= 0) {
				return (char) ('0' + key);
			}
		}
		throw new IllegalArgumentException("not a letter or digit of the keypad");
	}

}
