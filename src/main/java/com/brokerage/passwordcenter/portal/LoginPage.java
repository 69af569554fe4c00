package com.brokerage.passwordcenter.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.CustomerSignIn;
import com.brokerage.passwordcenter.login.SignedIn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Login with the ALTCHA widget (R-LOGIN-1..5), the signed-in page and logout, over
 * {@link CustomerSignIn} like the JSON API.
 */
@Controller
class LoginPage {

	private static final String[] ALTCHA_TEXTS = { "label", "verifying", "verified", "error", "expired", "waitAlert" };

	private final CustomerSignIn signIn;

	private final ApiErrors errors;

	private final MessageSource messages;

	private final ObjectMapper json;

	LoginPage(CustomerSignIn signIn, ApiErrors errors, MessageSource messages, ObjectMapper json) {
		this.signIn = signIn;
		this.errors = errors;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/login")
	String form(Model model, Locale locale) {
		return page(model, LoginForm.empty(), PageErrors.none(), locale);
	}

	@PostMapping("/login")
	String login(@Valid @ModelAttribute("form") LoginForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		if (binding.hasErrors()) {
			return page(model, form, PageErrors.of(binding, this.errors, locale), locale);
		}
		try {
			SignedIn signedIn = this.signIn.signIn(form.nationalId(), form.password(), form.altcha(), request,
					response);
			// R-CHANGE-2: an expired password opens only the change page
			return signedIn.mustChangePassword() ? "redirect:" + ChangePages.CHANGE : "redirect:/me";
		}
		catch (ApiException ex) {
			return page(model, form, PageErrors.of(ex, this.errors, locale), locale);
		}
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		if (principal == null) {
			return "redirect:/login";
		}
		model.addAttribute("me", principal);
		return "portal/me";
	}

	@PostMapping("/logout")
	String logout(@AuthenticationPrincipal CustomerPrincipal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.signIn.signOut(principal, request);
		redirect.addFlashAttribute("loggedOut", true);
		return "redirect:/";
	}

	private String page(Model model, LoginForm form, PageErrors pageErrors, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("errors", pageErrors);
		model.addAttribute("altchaStrings", altchaStrings(locale));
		return "portal/login";
	}

	/** The widget's own texts in the page's language (its {@code strings} attribute). */
	private String altchaStrings(Locale locale) {
		Map<String, String> strings = new LinkedHashMap<>();
		for (String key : ALTCHA_TEXTS) {
			strings.put(key, this.messages.getMessage("page.altcha." + key, null, locale));
		}
		try {
			return this.json.writeValueAsString(strings);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
