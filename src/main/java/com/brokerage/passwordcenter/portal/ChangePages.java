package com.brokerage.passwordcenter.portal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.brokerage.passwordcenter.change.AccountTable;
import com.brokerage.passwordcenter.change.AccountsView;
import com.brokerage.passwordcenter.change.AccountsView.AccountRow;
import com.brokerage.passwordcenter.change.ChangeResult;
import com.brokerage.passwordcenter.change.PasswordChange;
import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.CustomerSession;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The change-password pages after login (R-CHANGE-1..4), over {@link AccountTable} and
 * {@link PasswordChange} like the JSON API. A unified customer gets one form for every
 * account; a non-unified one the table of accounts, each changed on its own page, and the
 * offer to unify. Refusals are shown next to their field; a wrong old password that locks
 * the login ends the session and shows the lock message.
 */
@Controller
class ChangePages {

	static final String CHANGE = "/me/change";

	private static final String PAGE = "portal/change";

	private static final String ACCOUNT_PAGE = "portal/change-account";

	private final AccountTable table;

	private final PasswordChange change;

	private final CustomerSession session;

	private final ApiErrors errors;

	private final MessageSource messages;

	ChangePages(AccountTable table, PasswordChange change, CustomerSession session, ApiErrors errors,
			MessageSource messages) {
		this.table = table;
		this.change = change;
		this.session = session;
		this.errors = errors;
		this.messages = messages;
	}

	/** R-CHANGE-1: the unified form; R-CHANGE-2: the table of accounts. */
	@GetMapping(CHANGE)
	String changePage(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		if (principal == null) {
			return "redirect:/login";
		}
		return page(model, this.table.view(principal), ChangeForm.initial(), PageErrors.none());
	}

	/** R-CHANGE-1/3: a unified customer changes every account at once. */
	@PostMapping(CHANGE)
	String changeAll(@AuthenticationPrincipal CustomerPrincipal principal,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		if (principal == null) {
			return "redirect:/login";
		}
		return submit(form, binding, () -> this.change.changeAll(principal, form.request()),
				(pageErrors) -> page(model, this.table.view(principal), form, pageErrors), request, response, model,
				locale, redirect, null);
	}

	/** R-CHANGE-2/3: one account whose password opened this session. */
	@GetMapping("/me/accounts/{accountId}/change")
	String accountPage(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable Long accountId,
			HttpServletResponse response, Model model, Locale locale) {
		if (principal == null) {
			return "redirect:/login";
		}
		AccountsView view = this.table.view(principal);
		if (view.unified()) {
			return "redirect:" + CHANGE;
		}
		Optional<AccountRow> row = row(view, accountId);
		if (row.isEmpty() || !row.get().sameAsLogin()) {
			ApiException refusal = new ApiException(
					row.isEmpty() ? ErrorCode.ACCOUNT_NOT_FOUND : ErrorCode.ACCOUNT_NOT_CHANGEABLE);
			response.setStatus(refusal.code().status().value());
			return page(model, view, ChangeForm.initial(), PageErrors.of(refusal, this.errors, locale));
		}
		return accountPage(model, view, row.get(), ChangeForm.initial(), PageErrors.none());
	}

	@PostMapping("/me/accounts/{accountId}/change")
	String changeAccount(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable Long accountId,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		if (principal == null) {
			return "redirect:/login";
		}
		return submit(form, binding, () -> this.change.changeAccount(principal, accountId, form.request()),
				(pageErrors) -> {
					AccountsView view = this.table.view(principal);
					Optional<AccountRow> row = row(view, accountId);
					if (view.unified() || row.isEmpty() || !row.get().sameAsLogin()) {
						// not a form this customer can fill in: the refusal above the
						// table
						return page(model, view, ChangeForm.initial(), pageErrors.asGeneral());
					}
					return accountPage(model, view, row.get(), form, pageErrors);
				}, request, response, model, locale, redirect, accountId);
	}

	private String submit(ChangeForm form, BindingResult binding, Supplier<ChangeResult> call,
			java.util.function.Function<PageErrors, String> again, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect, Long accountId) {
		if (binding.hasErrors()) {
			response.setStatus(ErrorCode.FIELD_INVALID.status().value());
			return again.apply(PageErrors.of(binding, this.errors, locale));
		}
		if (form.nothingTicked()) {
			response.setStatus(ErrorCode.FIELD_REQUIRED.status().value());
			return again.apply(PageErrors.general(this.messages.getMessage("page.change.nothingTicked", null, locale)));
		}
		try {
			ChangeResult result = this.session.endOnLock(request, call);
			redirect.addFlashAttribute("changed", Map.of("web", !result.webPasswordChanged().isEmpty(), "voice",
					result.voicePasswordSynced(), "withdrawal", !result.withdrawalPasswordChanged().isEmpty()));
			if (accountId != null) {
				redirect.addFlashAttribute("changedAccount", accountId);
			}
			return "redirect:" + CHANGE;
		}
		catch (ApiException ex) {
			if (LockedPage.isLock(ex)) {
				return LockedPage.show(ex, this.errors, model, response, locale);
			}
			response.setStatus(ex.code().status().value());
			return again.apply(PageErrors.of(ex, this.errors, locale));
		}
	}

	private String page(Model model, AccountsView view, ChangeForm form, PageErrors pageErrors) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", pageErrors);
		model.addAttribute("futures", view.accounts().stream().anyMatch(AccountRow::withdrawalPassword));
		model.addAttribute("keypad", VoiceKeypad.table());
		return PAGE;
	}

	private String accountPage(Model model, AccountsView view, AccountRow row, ChangeForm form, PageErrors pageErrors) {
		model.addAttribute("view", view);
		model.addAttribute("account", row);
		model.addAttribute("form", form);
		model.addAttribute("errors", pageErrors);
		model.addAttribute("futures", row.withdrawalPassword());
		model.addAttribute("keypad", VoiceKeypad.table());
		return ACCOUNT_PAGE;
	}

	private static Optional<AccountRow> row(AccountsView view, Long accountId) {
		return view.accounts().stream().filter((row) -> row.accountId().equals(accountId)).findFirst();
	}

}
