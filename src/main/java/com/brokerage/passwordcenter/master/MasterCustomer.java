package com.brokerage.passwordcenter.master;

import java.time.LocalDate;
import java.util.List;

import com.brokerage.passwordcenter.customer.BusinessLine;

/**
 * One customer of the brokerage's master, checked: what the import or the operator API
 * writes.
 */
record MasterCustomer(int line, String customerId, LocalDate birthDate, String name, boolean unified, String mobile,
		String email, List<MasterAccount> accounts) {

	boolean hasAnyPassword() {
		return this.accounts.stream().anyMatch((account) -> account.webPasswordHash() != null);
	}

	/** An account; hashes are {@code null} when the file had none. */
	record MasterAccount(BusinessLine businessLine, String branchCode, String branchName, String accountNumber,
			String webPasswordHash, String voicePasswordHash) {

		String key() {
			return this.businessLine + "/" + this.branchCode + "/" + this.accountNumber;
		}

	}

}
