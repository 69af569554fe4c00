package com.brokerage.passwordcenter.master;

import java.util.List;

/**
 * One customer as a file or the operator API gives it, still unchecked: every value a
 * string as typed ({@code null} when absent). {@code formatError} is set when the line
 * could not even be split into these fields.
 */
record SourceRow(int line, String customerId, String birthDate, String name, String unified, String mobile,
		String email, List<SourceAccount> accounts, Refusal formatError) {

	static SourceRow unreadable(int line, String field, String reason) {
		return new SourceRow(line, null, null, null, null, null, null, List.of(), new Refusal(line, field, reason));
	}

	/**
	 * One account: business line, branch code and name, number, optional legacy hashes.
	 */
	record SourceAccount(String businessLine, String branchCode, String branchName, String accountNumber,
			String webPasswordHash, String voicePasswordHash) {
	}

}
