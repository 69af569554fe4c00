package com.brokerage.passwordcenter.change;

import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.CustomerSession;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in customer's change page (R-CHANGE-1..4). A wrong old password counts
 * toward the login lock; when it locks, the session ends too.
 */
@RestController
class ChangeController {

	private final AccountTable table;

	private final PasswordChange change;

	private final CustomerSession session;

	ChangeController(AccountTable table, PasswordChange change, CustomerSession session) {
		this.table = table;
		this.change = change;
		this.session = session;
	}

	@Operation(summary = "The accounts table of the change page (R-CHANGE-2) and its notes (R-CHANGE-4)")
	@GetMapping("/api/v1/me/accounts")
	AccountsView accounts(@AuthenticationPrincipal CustomerPrincipal principal) {
		return this.table.view(principal);
	}

	@Operation(summary = "Unified customer: change the password of every account at once (R-CHANGE-1/3, R-PWD-3)")
	@PostMapping("/api/v1/me/password")
	ChangeResult changeAll(@AuthenticationPrincipal CustomerPrincipal principal,
			@Valid @RequestBody PasswordChangeRequest body, HttpServletRequest request) {
		return this.session.endOnLock(request, () -> this.change.changeAll(principal, body));
	}

	@Operation(summary = "Non-unified customer: change one account whose password opened this session (R-CHANGE-2/3)")
	@PostMapping("/api/v1/me/accounts/{accountId}/password")
	ChangeResult changeAccount(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable Long accountId,
			@Valid @RequestBody PasswordChangeRequest body, HttpServletRequest request) {
		return this.session.endOnLock(request, () -> this.change.changeAccount(principal, accountId, body));
	}

}
