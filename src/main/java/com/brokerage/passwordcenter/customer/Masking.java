package com.brokerage.passwordcenter.customer;

/**
 * How identifiers appear on screens, in mails and in logs: enough for the customer to
 * recognise, not enough to reuse. {@code A123456789 → A12****789},
 * {@code 0912345678 → 0912***678}, {@code chen@example.com →
 * ch***@example.com}, account {@code 1234567 → ***4567}.
 */
public final class Masking {

	private Masking() {
	}

	public static String customerId(String id) {
		if (id == null) {
			return null;
		}
		if (id.length() <= 8) {
			return keep(id, 2, 2);
		}
		return keep(id, 3, 3);
	}

	public static String mobile(String mobile) {
		return mobile == null ? null : keep(mobile, 4, 3);
	}

	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		String local = email.substring(0, at);
		return local.substring(0, Math.min(2, local.length())) + "***" + email.substring(at);
	}

	public static String accountNumber(String number) {
		return number == null ? null : keep(number, 0, 4);
	}

	private static String keep(String value, int head, int tail) {
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
