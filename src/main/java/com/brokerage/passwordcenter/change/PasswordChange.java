package com.brokerage.passwordcenter.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.change.PasswordChangeRequest.WithdrawalChange;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.ReenteredPasswordRecorder;
import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.PasswordBlocklist;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import com.brokerage.passwordcenter.password.WebPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-CHANGE-1..3: a unified customer changes every account at once, a non-unified one an
 * account whose password opened this session. The slow hash work runs outside any lock;
 * the change itself is one short transaction under the customer's row lock, so web, voice
 * and withdrawal passwords change together or not at all.
 */
@Service
public class PasswordChange {

	private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final SecretHasher hasher;

	private final WebPasswords webPasswords;

	private final PasswordBlocklist blocklist;

	private final ReenteredPasswordRecorder wrongPasswords;

	private final PasswordExpiry expiry;

	private final AuditTrail audit;

	private final ChangeNotices notices;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	PasswordChange(CustomerRepository customers, AccountRepository accounts, SecretHasher hasher,
			WebPasswords webPasswords, PasswordBlocklist blocklist, ReenteredPasswordRecorder wrongPasswords,
			PasswordExpiry expiry, AuditTrail audit, ChangeNotices notices, Clock clock,
			PlatformTransactionManager transactions) {
		this.customers = customers;
		this.accounts = accounts;
		this.hasher = hasher;
		this.webPasswords = webPasswords;
		this.blocklist = blocklist;
		this.wrongPasswords = wrongPasswords;
		this.expiry = expiry;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** R-CHANGE-1: unified customers, every account. */
	public ChangeResult changeAll(CustomerPrincipal principal, PasswordChangeRequest request) {
		ChangeRules.check(request);
		Snapshot snapshot = snapshot(principal);
		if (!snapshot.customer().isUnified()) {
			throw new ApiException(ErrorCode.PER_ACCOUNT_CHANGE_REQUIRED);
		}
		return change(snapshot, snapshot.accounts(), request);
	}

	/**
	 * R-CHANGE-2: non-unified customers, one account whose password opened this session.
	 */
	public ChangeResult changeAccount(CustomerPrincipal principal, Long accountId, PasswordChangeRequest request) {
		ChangeRules.check(request);
		Snapshot snapshot = snapshot(principal);
		if (snapshot.customer().isUnified()) {
			throw new ApiException(ErrorCode.UNIFIED_CHANGE_REQUIRED);
		}
		Account account = snapshot.accounts()
			.stream()
			.filter((a) -> a.getId().equals(accountId))
			.findFirst()
			.orElseThrow(() -> new ApiException(ErrorCode.ACCOUNT_NOT_FOUND, "accountId"));
		if (!principal.matchedAccountIds().contains(accountId)) {
			throw new ApiException(ErrorCode.ACCOUNT_NOT_CHANGEABLE, "accountId");
		}
		return change(snapshot, List.of(account), request);
	}

	private ChangeResult change(Snapshot snapshot, List<Account> targets, PasswordChangeRequest request) {
		Customer customer = snapshot.customer();
		List<Account> futures = request.changesWithdrawal() ? futures(targets) : List.of();
		if (request.changesWeb()) {
			// R-PWD-6 before any slow hash: a refusal that needs no password check
			this.blocklist.check(request.newPassword(), customer).ifPresent((code) -> {
				throw new ApiException(code, "newPassword");
			});
			DerivedKey old = this.webPasswords.derive(customer, request.oldPassword());
			if (!this.webPasswords.matches(old, targets.get(0), request.oldPassword())) {
				throw wrong(customer, AuditAction.PASSWORD_CHANGE, ErrorCode.OLD_PASSWORD_WRONG, "oldPassword");
			}
		}
		List<Account> withdrawalTargets = futures.stream()
			.filter((a) -> this.hasher.matches(request.withdrawal().oldWithdrawalPassword(),
					a.getWithdrawalPasswordHash()))
			.toList();
		if (request.changesWithdrawal() && withdrawalTargets.isEmpty()) {
			throw wrong(customer, AuditAction.WITHDRAWAL_PASSWORD_CHANGE, ErrorCode.OLD_WITHDRAWAL_PASSWORD_WRONG,
					"oldWithdrawalPassword");
		}
		Hashes hashes = hashes(customer, targets.size() == snapshot.accounts().size(), request);
		List<Account> webTargets = request.changesWeb() ? targets : List.of();
		return this.transaction.execute((status) -> apply(customer.getId(), webTargets, withdrawalTargets, hashes));
	}

	private ChangeResult apply(Long customerRef, List<Account> webTargets, List<Account> withdrawalTargets,
			Hashes hashes) {
		Customer customer = this.customers.findByIdForUpdate(customerRef).orElseThrow();
		if (customer.isLocked()) {
			throw new ApiException(ReenteredPasswordRecorder.lockedAnswer(customer));
		}
		Instant now = this.clock.instant();
		List<Account> changing = webTargets.stream().map(this::current).toList();
		for (int i = 0; i < changing.size(); i++) {
			// verified outside the lock: a parallel change in between makes the old
			// password stale
			if (!changing.get(i).hasSameWebPasswordAs(webTargets.get(i))) {
				throw new ApiException(ErrorCode.OLD_PASSWORD_WRONG, "oldPassword");
			}
		}
		if (!changing.isEmpty()) {
			this.webPasswords.set(hashes.web(), customer, changing, hashes.voice(), now, null);
			// R-CHANGE-2: each account's expiry from its business line's row
			changing.forEach((account) -> account
				.expirePasswordOn(this.expiry.expiresOnIfChangedAt(account.getBusinessLine(), now)));
		}
		for (Account account : changing) {
			record(customer, account, AuditAction.PASSWORD_CHANGE,
					(hashes.voice() != null) ? "voice password synced" : "voice password unchanged");
		}
		for (Account checked : withdrawalTargets) {
			Account account = current(checked);
			if (!account.getWithdrawalPasswordHash().equals(checked.getWithdrawalPasswordHash())) {
				throw new ApiException(ErrorCode.OLD_WITHDRAWAL_PASSWORD_WRONG, "oldWithdrawalPassword");
			}
			account.changeWithdrawalPassword(hashes.withdrawal());
			record(customer, account, AuditAction.WITHDRAWAL_PASSWORD_CHANGE, null);
		}
		// the right old password proves the customer, as a successful login does
		// (R-LOGIN-5)
		customer.recordSuccessfulLogin();
		this.notices.passwordChanged(customer.getId(), changed(webTargets, withdrawalTargets, hashes), now);
		log.info("password change for {}: web {} (voice {}), withdrawal {}", customer.getMaskedCustomerId(),
				ids(webTargets), hashes.voice() != null ? "synced" : "unchanged", ids(withdrawalTargets));
		// the earliest: a line whose row sets a maximum age comes first; null when none
		// does
		LocalDate expiresOn = changing.stream()
			.map(Account::getPasswordExpiresOn)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		return new ChangeResult(ids(webTargets), !webTargets.isEmpty() && hashes.voice() != null,
				ids(withdrawalTargets), expiresOn);
	}

	private Hashes hashes(Customer customer, boolean everyAccount, PasswordChangeRequest request) {
		DerivedKey web = null;
		String voice = null;
		if (request.changesWeb()) {
			web = this.webPasswords.deriveNew(customer, request.newPassword(), everyAccount);
			// R-PWD-3: the voice password is the new one keyed on the phone pad
			voice = request.syncsVoice() ? this.hasher.hash(VoiceKeypad.toDigits(request.newPassword())) : null;
		}
		WithdrawalChange withdrawal = request.withdrawal();
		String withdrawalHash = (withdrawal != null) ? this.hasher.hash(withdrawal.newWithdrawalPassword()) : null;
		return new Hashes(web, voice, withdrawalHash);
	}

	/** What the notice names: only the passwords this change really changed. */
	private static Set<ChangedPassword> changed(List<Account> webTargets, List<Account> withdrawalTargets,
			Hashes hashes) {
		Set<ChangedPassword> changed = EnumSet.noneOf(ChangedPassword.class);
		if (!webTargets.isEmpty()) {
			changed.add(ChangedPassword.LOGIN);
			if (hashes.voice() != null) {
				changed.add(ChangedPassword.VOICE);
			}
		}
		if (!withdrawalTargets.isEmpty()) {
			changed.add(ChangedPassword.WITHDRAWAL);
		}
		return changed;
	}

	private static List<Account> futures(List<Account> targets) {
		List<Account> futures = targets.stream().filter((a) -> a.getBusinessLine().hasWithdrawalPassword()).toList();
		if (futures.isEmpty()) {
			throw new ApiException(ErrorCode.WITHDRAWAL_PASSWORD_NOT_AVAILABLE, "withdrawal");
		}
		return futures;
	}

	private ApiException wrong(Customer customer, AuditAction action, ErrorCode code, String field) {
		ErrorCode answer = this.wrongPasswords.recordWrong(customer.getId(), action, code);
		return (answer == code) ? new ApiException(code, field) : new ApiException(answer);
	}

	private Snapshot snapshot(CustomerPrincipal principal) {
		Snapshot snapshot = this.readOnly.execute((status) -> {
			Customer customer = this.customers.findById(principal.customerRef()).orElseThrow();
			return new Snapshot(customer, this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId()));
		});
		if (snapshot.customer().isLocked()) {
			// locked since this session began (e.g. wrong passwords on the login page)
			throw new ApiException(ReenteredPasswordRecorder.lockedAnswer(snapshot.customer()));
		}
		return snapshot;
	}

	private Account current(Account checked) {
		return this.accounts.findById(checked.getId()).orElseThrow();
	}

	private void record(Customer customer, Account account, AuditAction action, String detail) {
		this.audit
			.record(AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, "CHANGED")
				.customer(customer.getId(), customer.getMaskedCustomerId())
				.account(account.getId())
				.detail(detail));
	}

	private static List<Long> ids(List<Account> accounts) {
		return accounts.stream().map(Account::getId).toList();
	}

	private record Snapshot(Customer customer, List<Account> accounts) {
	}

	private record Hashes(DerivedKey web, String voice, String withdrawal) {
	}

}
