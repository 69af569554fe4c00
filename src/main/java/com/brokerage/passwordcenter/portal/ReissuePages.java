package com.brokerage.passwordcenter.portal;

import java.util.Locale;
import java.util.function.Supplier;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import com.brokerage.passwordcenter.reissue.ReissueApplications;
import com.brokerage.passwordcenter.reissue.ReissuePath;
import com.brokerage.passwordcenter.reissue.ReissueStep;
import com.brokerage.passwordcenter.reissue.ReissueView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The online reissue as pages (R-REISSUE-1..11): step 1, then one page per application
 * that shows the step it is at; every step is a plain form over
 * {@link ReissueApplications}, like the JSON API. A refusal is shown next to its field or
 * above the form, in the customer's words, never as JSON. The initial password appears
 * only in the answer to the verified passcode (no redirect).
 */
@Controller
class ReissuePages {

	static final String APPLICATION = "/reissue/applications/";

	private static final String START = "portal/reissue-start";

	private static final String PAGE = "portal/reissue-application";

	private final ReissueApplications applications;

	private final ApiErrors errors;

	ReissuePages(ReissueApplications applications, ApiErrors errors) {
		this.applications = applications;
		this.errors = errors;
	}

	@GetMapping("/reissue")
	String start(Model model) {
		return startPage(model, IdentityForm.empty(), PageErrors.none());
	}

	@PostMapping("/reissue")
	String apply(@Valid @ModelAttribute("form") IdentityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		if (binding.hasErrors()) {
			response.setStatus(ErrorCode.FIELD_REQUIRED.status().value());
			return startPage(model, form, PageErrors.of(binding, this.errors, locale));
		}
		try {
			ReissueView view = this.applications.start(form.nationalId(), form.birthDate(), request);
			return redirectTo(view.applicationId());
		}
		catch (ApiException ex) {
			response.setStatus(ex.code().status().value());
			return startPage(model, form, PageErrors.of(ex, this.errors, locale));
		}
	}

	@GetMapping(APPLICATION + "{id}")
	String show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return step(id, () -> this.applications.view(id, request), request, response, model, locale);
	}

	/**
	 * R-REISSUE-4/5. Without certificate this confirms the application: the web part ends
	 * on the "check your email" page.
	 */
	@PostMapping(APPLICATION + "{id}/account")
	String chooseAccount(@PathVariable String id, @RequestParam(required = false) String accountId,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, () -> {
			ReissueView view = this.applications.chooseAccount(id, number(accountId), request);
			if (view.path() == ReissuePath.WITHOUT_CERTIFICATE) {
				redirect.addFlashAttribute("maskedEmail", view.contacts().email());
				return "redirect:/reissue/email-sent";
			}
			return redirectTo(id);
		}, request, response, model, locale);
	}

	@PostMapping(APPLICATION + "{id}/channel")
	String chooseChannel(@PathVariable String id, @RequestParam(required = false) String channel,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		return act(id, () -> {
			this.applications.chooseChannel(id, channel(channel), request);
			return redirectTo(id);
		}, request, response, model, locale);
	}

	@PostMapping(APPLICATION + "{id}/passcode-request")
	String requestPasscode(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		return act(id, () -> {
			this.applications.requestPasscode(id, request);
			return redirectTo(id);
		}, request, response, model, locale);
	}

	@PostMapping(APPLICATION + "{id}/passcode-resend")
	String resendPasscode(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		return act(id, () -> {
			this.applications.resendPasscode(id, request);
			return redirectTo(id);
		}, request, response, model, locale);
	}

	/** R-REISSUE-9: the initial password is in this answer only; it is not redirected. */
	@PostMapping(APPLICATION + "{id}/passcode")
	String verifyPasscode(@PathVariable String id, @RequestParam(required = false) String passcode,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		return act(id, () -> {
			if (passcode == null || passcode.isBlank()) {
				throw new ApiException(ErrorCode.FIELD_REQUIRED, "passcode");
			}
			ReissueView view = this.applications.verifyPasscode(id, passcode.strip(), request);
			model.addAttribute("initialPassword", view.initialPassword());
			return page(model, view, PageErrors.none());
		}, request, response, model, locale);
	}

	@PostMapping(APPLICATION + "{id}/password")
	String setNewPassword(@PathVariable String id, @RequestParam(required = false) String initialPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		try {
			ReissueView view = this.applications.setNewPassword(id, initialPassword, newPassword, confirmation,
					request);
			model.addAttribute("screen", "CHANGED");
			return page(model, view, PageErrors.none());
		}
		catch (ApiException ex) {
			if (!"initialPassword".equals(ex.field())) {
				// the customer saw it once; a typo in the new password does not lose it
				model.addAttribute("initialPassword", initialPassword);
			}
			return refused(id, ex, request, response, model, locale);
		}
	}

	@PostMapping(APPLICATION + "{id}/cancel")
	String cancel(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return act(id, () -> {
			this.applications.cancel(id, request);
			return redirectTo(id);
		}, request, response, model, locale);
	}

	/** R-REISSUE-5: the web part has ended; the rest goes on from the emailed link. */
	@GetMapping("/reissue/email-sent")
	String emailSent() {
		return "portal/reissue-email-sent";
	}

	private String act(String id, Supplier<String> step, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		try {
			return step.get();
		}
		catch (ApiException ex) {
			return refused(id, ex, request, response, model, locale);
		}
	}

	private String step(String id, Supplier<ReissueView> view, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		try {
			return page(model, view.get(), PageErrors.none());
		}
		catch (ApiException ex) {
			return refused(id, ex, request, response, model, locale);
		}
	}

	/** The application's page again, with the refusal; or the refusal alone. */
	private String refused(String id, ApiException ex, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		response.setStatus(ex.code().status().value());
		PageErrors pageErrors = PageErrors.of(ex, this.errors, locale);
		try {
			return page(model, this.applications.view(id, request), pageErrors);
		}
		catch (ApiException notOurs) {
			return page(model, null, pageErrors);
		}
	}

	private String page(Model model, ReissueView view, PageErrors pageErrors) {
		model.addAttribute("view", view);
		model.addAttribute("errors", pageErrors);
		if (view != null && view.step() == ReissueStep.PROCESSING && !model.containsAttribute("screen")) {
			// a delayed step (ReissueDelays) is looked at again less often
			model.addAttribute("refreshSeconds", (view.delay() != null) ? 30 : 2);
		}
		return PAGE;
	}

	private String startPage(Model model, IdentityForm form, PageErrors pageErrors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", pageErrors);
		model.addAttribute("dailyLimit", this.applications.dailyLimit());
		return START;
	}

	private static String redirectTo(String id) {
		return "redirect:" + APPLICATION + id;
	}

	private static Long number(String accountId) {
		if (accountId == null || accountId.isBlank()) {
			throw new ApiException(ErrorCode.FIELD_REQUIRED, "accountId");
		}
		try {
			return Long.valueOf(accountId.strip());
		}
		catch (NumberFormatException ex) {
			throw new ApiException(ErrorCode.ACCOUNT_NOT_ELIGIBLE, "accountId");
		}
	}

	private static PasscodeChannel channel(String channel) {
		if (channel == null || channel.isBlank()) {
			throw new ApiException(ErrorCode.FIELD_REQUIRED, "channel");
		}
		try {
			return PasscodeChannel.valueOf(channel);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ErrorCode.CHANNEL_NOT_ON_FILE, "channel");
		}
	}

}
