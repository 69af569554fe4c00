package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's "temporarily unavailable" page, written outside Spring MVC too (a filter
 * may be the one that met the outage). Implemented by the portal.
 */
public interface DatabaseUnavailablePage {

	void write(HttpServletRequest request, HttpServletResponse response, Locale locale, long retryAfterSeconds)
			throws IOException;

}
