package com.brokerage.passwordcenter.portal;

import java.util.List;
import java.util.Locale;

import com.brokerage.passwordcenter.change.AccountTable;
import com.brokerage.passwordcenter.change.AccountsView;
import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.CustomerSession;
import com.brokerage.passwordcenter.unify.UnificationJourney;
import com.brokerage.passwordcenter.unify.UnificationView;
import com.brokerage.passwordcenter.unify.UnifiedPasswordRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unification page after login (R-UNIFY-1..3), over {@link UnificationJourney} like
 * the JSON API: the form shows the masked national ID; "confirm" checks the form, then
 * starts the request (or takes the customer's open one) and submits it in the same post,
 * so a form refused by its rules starts no process. Afterwards the session holds every
 * account, as the API's does. An already unified customer is told that splitting is done
 * at a branch.
 */
@Controller
class UnificationPages {

	static final String UNIFICATION = "/me/unification";

	private static final String PAGE = "portal/unification";

	private final UnificationJourney journey;

	private final AccountTable table;

	private final CustomerSession session;

	private final ApiErrors errors;

	UnificationPages(UnificationJourney journey, AccountTable table, CustomerSession session, ApiErrors errors) {
		this.journey = journey;
		this.table = table;
		this.session = session;
		this.errors = errors;
	}

	@GetMapping(UNIFICATION)
	String form(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		if (principal == null) {
			return "redirect:/login";
		}
		return page(model, this.table.view(principal), PageErrors.none());
	}

	@PostMapping(UNIFICATION)
	String unify(@AuthenticationPrincipal CustomerPrincipal principal,
			@Valid @ModelAttribute("form") UnifiedPasswordRequest form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		if (principal == null) {
			return "redirect:/login";
		}
		if (binding.hasErrors()) {
			response.setStatus(ErrorCode.FIELD_REQUIRED.status().value());
			return page(model, this.table.view(principal), PageErrors.of(binding, this.errors, locale));
		}
		try {
			UnificationJourney.check(form);
			List<Long> accountIds = this.session.endOnLock(request, () -> {
				UnificationView started = this.journey.start(principal);
				return this.journey.submit(principal, started.applicationId(), form);
			});
			// R-UNIFY-2: the session now holds every account, as a login with the new
			// password would
			this.session.replace(principal.unified(accountIds), request, response);
			return "redirect:" + UNIFICATION + "/done";
		}
		catch (ApiException ex) {
			if (LockedPage.isLock(ex)) {
				return LockedPage.show(ex, this.errors, model, response, locale);
			}
			response.setStatus(ex.code().status().value());
			return page(model, this.table.view(principal), PageErrors.of(ex, this.errors, locale));
		}
	}

	/** R-UNIFY-2: the success page; log in with the new password from now on. */
	@GetMapping(UNIFICATION + "/done")
	String done(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		if (principal == null) {
			return "redirect:/login";
		}
		if (!principal.unified()) {
			return "redirect:" + UNIFICATION;
		}
		model.addAttribute("view", this.table.view(principal));
		model.addAttribute("done", true);
		model.addAttribute("errors", PageErrors.none());
		return PAGE;
	}

	private String page(Model model, AccountsView view, PageErrors pageErrors) {
		model.addAttribute("view", view);
		model.addAttribute("errors", pageErrors);
		model.addAttribute("done", false);
		return PAGE;
	}

}
