package com.brokerage.passwordcenter.portal;

import java.util.Locale;

import com.brokerage.passwordcenter.notification.NoticeTexts;
import com.brokerage.passwordcenter.policy.PasscodePolicy;
import com.brokerage.passwordcenter.policy.ReissueLimitsPolicy;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.common.ProcessDataException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every portal page's layout needs: the brand and contact texts in the page's
 * language, and where the language switch leads. A failure the page did not handle itself
 * shows the portal's error page, never the JSON API's error body (whose advice applies to
 * every controller, so this one goes first).
 */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalModelAdvice {

	/** {@code /?problem=session}: what the CSRF failure handler sends browsers to. */
	static final String PROBLEM_SESSION = "session";

	private static final Logger log = LoggerFactory.getLogger(PortalModelAdvice.class);

	private final PasswordCenterProperties.Branding branding;

	private final ReissueLimitsPolicy limits;

	private final PasscodePolicy passcodes;

	private final NoticeTexts texts;

	PortalModelAdvice(PasswordCenterProperties properties, ReissueLimitsPolicy limits, PasscodePolicy passcodes,
			NoticeTexts texts) {
		this.branding = properties.branding();
		this.limits = limits;
		this.passcodes = passcodes;
		this.texts = texts;
	}

	/**
	 * The policy numbers the reissue pages tell, from the latest tables (cached, no
	 * query): the same evaluation the next step is decided by. Read only by a page that
	 * shows one.
	 */
	@ModelAttribute("policy")
	PolicyTexts policy(Locale locale) {
		return new PolicyTexts(this.limits, this.passcodes, this.texts, locale);
	}

	/** "24小時" / "24 hours" for the emailed link; the passcode's digits. */
	record PolicyTexts(ReissueLimitsPolicy limits, PasscodePolicy passcodes, NoticeTexts texts, Locale locale) {

		public String linkValidity() {
			return this.texts.duration(this.limits.current().linkValidity(), this.locale);
		}

		public int passcodeLength() {
			return this.passcodes.current().length();
		}

	}

	@ModelAttribute("brand")
	Brand brand(Locale locale) {
		return Brand.of(this.branding, locale);
	}

	@ModelAttribute("languageSwitch")
	LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		if (!"GET".equals(request.getMethod()) && path.startsWith(ReissuePages.APPLICATION)) {
			// a step's POST has no page of its own: switch on the application's page
			path = path.substring(0, path.lastIndexOf('/'));
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromPath(path).query(query);
		return new LanguageSwitch(
				target.cloneBuilder()
					.replaceQueryParam(PortalWebConfiguration.LANGUAGE_PARAMETER, "zh-TW")
					.build()
					.toUriString(),
				target.cloneBuilder()
					.replaceQueryParam(PortalWebConfiguration.LANGUAGE_PARAMETER, "en")
					.build()
					.toUriString(),
				Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, Locale locale) {
		// the type only: a message could carry input, and input could be a secret (a
		// process missing data says what, never a value)
		log.warn("portal page failed: {}", ProcessDataException.describe(ex));
		ModelAndView page = new ModelAndView("portal/error", HttpStatus.BAD_REQUEST);
		page.addObject("brand", brand(locale));
		page.addObject("languageSwitch", languageSwitch(request, locale));
		return page;
	}

	/** Links to the page in each language; {@code english} says which is showing. */
	record LanguageSwitch(String chinese, String english, boolean isEnglish) {
	}

	/** The branding texts of the manual, in the page's language. */
	record Brand(String companyName, String customerServicePhone, String customerServicePhoneAlt,
			String customerServiceHours, String voiceOrderingLine) {

		static Brand of(PasswordCenterProperties.Branding branding, Locale locale) {
			boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
			return new Brand(english ? branding.companyNameEn() : branding.companyName(),
					branding.customerServicePhone(), branding.customerServicePhoneAlt(),
					english ? branding.customerServiceHoursEn() : branding.customerServiceHours(),
					branding.voiceOrderingLine());
		}

	}

}
