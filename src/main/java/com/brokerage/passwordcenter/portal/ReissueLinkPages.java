package com.brokerage.passwordcenter.portal;

import java.util.Locale;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.reissue.ReissueApplications;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page the emailed link leads to (R-REISSUE-6). GET never uses the link up (mail
 * scanners fetch links); the customer's "continue" POSTs the token, and the redirect to
 * the application's page drops it from the address bar.
 */
@Controller
class ReissueLinkPages {

	private static final String PAGE = "portal/reissue-link";

	private final ReissueApplications applications;

	private final ApiErrors errors;

	ReissueLinkPages(ReissueApplications applications, ApiErrors errors) {
		this.applications = applications;
		this.errors = errors;
	}

	@GetMapping("/reissue/link")
	String landing(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("errors", PageErrors.none());
		return PAGE;
	}

	@PostMapping("/reissue/link")
	String open(@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		try {
			return "redirect:" + ReissuePages.APPLICATION + this.applications.openLink(token, request);
		}
		catch (ApiException ex) {
			response.setStatus(ex.code().status().value());
			model.addAttribute("errors", PageErrors.of(ex, this.errors, locale));
			return PAGE;
		}
	}

}
