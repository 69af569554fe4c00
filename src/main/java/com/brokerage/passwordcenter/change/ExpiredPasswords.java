package com.brokerage.passwordcenter.change;

import java.util.List;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.ExpiredPasswordCheck;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-CHANGE-2 enforced, with {@link PasswordExpiry}'s dates: an account the login opened
 * whose password is expired, the same "expired" the account table shows.
 */
@Component
class ExpiredPasswords implements ExpiredPasswordCheck {

	private final PasswordExpiry expiry;

	private final AccountRepository accounts;

	ExpiredPasswords(PasswordExpiry expiry, AccountRepository accounts) {
		this.expiry = expiry;
		this.accounts = accounts;
	}

	@Override
	public List<Long> expiredAmong(List<Account> opened) {
		return opened.stream().filter(this::expired).map(Account::getId).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> expiredFor(CustomerPrincipal principal) {
		return expiredAmong(this.accounts.findByCustomer_IdOrderByIdAsc(principal.customerRef())
			.stream()
			.filter((account) -> principal.matchedAccountIds().contains(account.getId()))
			.toList());
	}

	private boolean expired(Account account) {
		return this.expiry.status(this.expiry.expiresOn(account)) == ExpiryStatus.EXPIRED;
	}

}
