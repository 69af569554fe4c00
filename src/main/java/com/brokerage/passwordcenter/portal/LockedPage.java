package com.brokerage.passwordcenter.portal;

import java.util.Locale;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * R-LOGIN-2/4 after login: a wrong old password on the change or unification page that
 * locks the login has already ended the session ({@code CustomerSession.endOnLock}); the
 * page then shows the lock message with the ways on, as the login page does.
 */
final class LockedPage {

	static final String VIEW = "portal/locked";

	private LockedPage() {
	}

	static boolean isLock(ApiException ex) {
		return ex.code() == ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE || ex.code() == ErrorCode.LOGIN_LOCKED_REISSUE_ONLY;
	}

	static String show(ApiException ex, ApiErrors errors, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(ex.code().status().value());
		model.addAttribute("errors", PageErrors.of(ex, errors, locale));
		return VIEW;
	}

}
