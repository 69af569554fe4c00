package com.brokerage.passwordcenter.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.brokerage.passwordcenter.customer.TaiwanIds;

/**
 * Customer-master files as a brokerage exports them (docs/operations.md, "Importing
 * customers"): a CSV header, then one line per customer, CRLF, optionally behind a UTF-8
 * BOM.
 */
public final class MasterFiles {

	public static final String HEADER = "customerId,birthDate,name,unified,mobile,email,accounts";

	private final List<String> lines = new ArrayList<>();

	public MasterFiles row(String customerId, String birthDate, String name, String unified, String mobile,
			String email, String accounts) {
		this.lines.add(String.join(",", customerId, birthDate, name, unified, mobile, email, quote(accounts)));
		return this;
	}

	/** The file's text: BOM, header, rows, each ended by CRLF. */
	public String csv(boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		text.append(HEADER).append("\r\n");
		this.lines.forEach((line) -> text.append(line).append("\r\n"));
		return text.toString();
	}

	/** {@code LINE|branch|branchName|number|webHash}. */
	public static String account(String line, String branch, String number, String webHash) {
		return line + "|" + branch + "|台北分公司|" + number + "|" + (webHash == null ? "" : webHash);
	}

	/** An account number no other test uses. */
	public static String accountNumber() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}

	/** A checksum-valid ID turned invalid: the last digit moved by one. */
	public static String badChecksum(String id) {
		char last = id.charAt(id.length() - 1);
		String bad = id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
		if (TaiwanIds.isValidCustomerId(bad)) {
			throw new IllegalStateException("still valid");
		}
		return bad;
	}

	private static String quote(String field) {
		return (field.contains(",") || field.contains("\"")) ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
	}

}
