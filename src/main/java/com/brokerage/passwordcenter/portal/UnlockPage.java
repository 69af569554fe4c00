package com.brokerage.passwordcenter.portal;

import java.util.Locale;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.unlock.OnlineUnlockService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The online unlock page (R-UNLOCK-1..4): ID, birth date, "unlock now", and the manual's
 * notes — it is not for a forgotten password (R-UNLOCK-2).
 */
@Controller
class UnlockPage {

	private static final String PAGE = "portal/unlock";

	private final OnlineUnlockService unlock;

	private final ApiErrors errors;

	UnlockPage(OnlineUnlockService unlock, ApiErrors errors) {
		this.unlock = unlock;
		this.errors = errors;
	}

	@GetMapping("/unlock")
	String form(Model model) {
		return page(model, IdentityForm.empty(), PageErrors.none());
	}

	@PostMapping("/unlock")
	String unlock(@Valid @ModelAttribute("form") IdentityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		if (binding.hasErrors()) {
			response.setStatus(ErrorCode.FIELD_REQUIRED.status().value());
			return page(model, form, PageErrors.of(binding, this.errors, locale));
		}
		try {
			this.unlock.unlockNow(form.nationalId(), form.birthDate(), request);
			model.addAttribute("unlocked", true);
			return page(model, IdentityForm.empty(), PageErrors.none());
		}
		catch (ApiException ex) {
			response.setStatus(ex.code().status().value());
			return page(model, form, PageErrors.of(ex, this.errors, locale));
		}
	}

	private String page(Model model, IdentityForm form, PageErrors pageErrors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", pageErrors);
		return PAGE;
	}

}
