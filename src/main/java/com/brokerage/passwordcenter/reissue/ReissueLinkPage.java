package com.brokerage.passwordcenter.reissue;

import java.util.Locale;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page the emailed link leads to (R-REISSUE-6/7/9/11): plain server-rendered forms
 * over the same services as the JSON API, no script. GET never uses the link up (mail
 * scanners fetch links); the customer's POST does.
 */
@Controller
class ReissueLinkPage {

	private static final String PAGE = "reissue/link";

	private static final String APPLICATION = "/reissue/applications/";

	private static final Pattern APPLICATION_ID = Pattern.compile("[0-9a-f-]{36}");

	private final ReissueLinkSteps steps;

	private final ReissueJourney journey;

	private final ReissueCredentialSteps credentials;

	private final LinkAttemptLimiter limiter;

	private final ApiErrors errors;

	private final PasswordCenterProperties.Branding branding;

	ReissueLinkPage(ReissueLinkSteps steps, ReissueJourney journey, ReissueCredentialSteps credentials,
			LinkAttemptLimiter limiter, ApiErrors errors, PasswordCenterProperties properties) {
		this.steps = steps;
		this.journey = journey;
		this.credentials = credentials;
		this.limiter = limiter;
		this.errors = errors;
		this.branding = properties.branding();
	}

	@GetMapping("/reissue/link")
	String landing(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return page(model, "LANDING");
	}

	@PostMapping("/reissue/link")
	String open(@RequestParam(required = false) String token, HttpServletRequest request) {
		String id = ReissueLinkController.open(token, request, this.limiter, this.steps);
		return "redirect:" + APPLICATION + id;
	}

	@GetMapping(APPLICATION + "{id}")
	String show(@PathVariable String id, HttpServletRequest request, Model model) {
		model.addAttribute("view", this.journey.view(ReissueController.owned(request, id)));
		return page(model, null);
	}

	@PostMapping(APPLICATION + "{id}/passcode-request")
	String requestPasscode(@PathVariable String id, HttpServletRequest request) {
		this.steps.requestPasscode(ReissueController.owned(request, id));
		return "redirect:" + APPLICATION + id;
	}

	@PostMapping(APPLICATION + "{id}/passcode-resend")
	String resendPasscode(@PathVariable String id, HttpServletRequest request) {
		this.credentials.resendPasscode(ReissueController.owned(request, id));
		return "redirect:" + APPLICATION + id;
	}

	/** R-REISSUE-9: the initial password is in this answer only; it is not redirected. */
	@PostMapping(APPLICATION + "{id}/passcode")
	String verifyPasscode(@PathVariable String id, @RequestParam(required = false) String passcode,
			HttpServletRequest request, Model model) {
		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials
			.verifyPasscode(ReissueController.owned(request, id), (passcode != null) ? passcode : "");
		if (outcome.refusal() != null) {
			throw new ApiException(outcome.refusal(), "passcode", outcome.attemptsLeft());
		}
		model.addAttribute("view", this.journey.view(id).withInitialPassword(outcome.initialPassword()));
		return page(model, null);
	}

	@PostMapping(APPLICATION + "{id}/password")
	String setNewPassword(@PathVariable String id, @RequestParam(required = false) String initialPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
			HttpServletRequest request, Model model) {
		this.credentials.setNewPassword(ReissueController.owned(request, id), nonNull(initialPassword),
				nonNull(newPassword), nonNull(confirmation));
		return page(model, "CHANGED");
	}

	/** A refusal is shown on the page in the customer's words, never as JSON. */
	@ExceptionHandler(ApiException.class)
	ModelAndView refused(ApiException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		response.setStatus(ex.code().status().value());
		ModelAndView page = new ModelAndView(PAGE);
		page.addObject("error", this.errors.of(ex.code(), ex.field(), locale, ex.arguments()).message());
		page.addObject("branding", this.branding);
		String id = applicationIdOf(request);
		if (id != null && ex.code() != ErrorCode.REISSUE_NOT_FOUND) {
			page.addObject("applicationUrl", APPLICATION + id);
		}
		return page;
	}

	private String page(Model model, String screen) {
		model.addAttribute("screen", screen);
		model.addAttribute("branding", this.branding);
		return PAGE;
	}

	private static String applicationIdOf(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!path.startsWith(APPLICATION)) {
			return null;
		}
		String rest = path.substring(APPLICATION.length());
		int slash = rest.indexOf('/');
		String id = (slash < 0) ? rest : rest.substring(0, slash);
		return APPLICATION_ID.matcher(id).matches() ? id : null;
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
