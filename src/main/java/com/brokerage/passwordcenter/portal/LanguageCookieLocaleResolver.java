package com.brokerage.passwordcenter.portal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The customer's language: the one chosen with the portal's switch (a cookie), else the
 * browser's {@code Accept-Language} (so API clients keep choosing by header), else zh-TW.
 * Only zh-TW and English exist; the cookie is {@code Secure} whenever the request came
 * over HTTPS.
 */
class LanguageCookieLocaleResolver implements LocaleResolver {

	static final String COOKIE = "PC-LANG";

	static final Locale ZH_TW = Locale.TAIWAN;

	/** The language chosen in this very request, before its cookie comes back. */
	private static final String CHOSEN = LanguageCookieLocaleResolver.class.getName() + ".chosen";

	private final AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();

	LanguageCookieLocaleResolver() {
		this.byHeader.setDefaultLocale(ZH_TW);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(cookie.getValue());
				}
			}
		}
		return this.byHeader.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported((locale != null) ? locale.toLanguageTag() : null);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.toLanguageTag())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		request.setAttribute(CHOSEN, chosen);
	}

	private static Locale supported(String tag) {
		return (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH : ZH_TW;
	}

}
