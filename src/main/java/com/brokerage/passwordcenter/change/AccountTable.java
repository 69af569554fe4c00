package com.brokerage.passwordcenter.change;

import java.util.List;

import com.brokerage.passwordcenter.change.AccountsView.AccountRow;
import com.brokerage.passwordcenter.change.AccountsView.Notes;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.password.PasswordPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the change page of R-CHANGE-1/2 for the logged-in customer. */
@Service
public class AccountTable {

	/** R-CHANGE-2: the manual's table has one password type, "網路" (web). */
	static final String PASSWORD_TYPE_WEB = "WEB";

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final PasswordExpiry expiry;

	private final String voiceOrderingLine;

	AccountTable(CustomerRepository customers, AccountRepository accounts, PasswordExpiry expiry,
			PasswordCenterProperties properties) {
		this.customers = customers;
		this.accounts = accounts;
		this.expiry = expiry;
		this.voiceOrderingLine = properties.branding().voiceOrderingLine();
	}

	@Transactional(readOnly = true)
	public AccountsView view(CustomerPrincipal principal) {
		Customer customer = this.customers.findById(principal.customerRef()).orElseThrow();
		List<AccountRow> rows = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
			.stream()
			.map((account) -> row(account, principal))
			.toList();
		return new AccountsView(customer.getMaskedCustomerId(), customer.getName(), customer.isUnified(),
				!customer.isUnified(), rows, new Notes(PasswordPolicy.WEB_MIN, PasswordPolicy.WEB_MAX,
						PasswordPolicy.WITHDRAWAL_LENGTH, this.voiceOrderingLine));
	}

	private AccountRow row(Account account, CustomerPrincipal principal) {
		var expiresOn = this.expiry.expiresOn(account);
		return new AccountRow(account.getId(), account.getBusinessLine().name(), account.getBusinessLine().label(),
				PASSWORD_TYPE_WEB, account.getBranchCode(), account.getBranchName(), account.getMaskedAccountNumber(),
				principal.matchedAccountIds().contains(account.getId()),
				account.getBusinessLine().hasWithdrawalPassword(), this.expiry.changedOn(account), expiresOn,
				this.expiry.status(expiresOn));
	}

}
