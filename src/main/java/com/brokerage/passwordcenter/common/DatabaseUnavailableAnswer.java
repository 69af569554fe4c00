package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The answer while the database is gone: {@code 503} with {@code Retry-After}; for the
 * JSON API (and the engine's REST API, the actuator) the usual {@link ApiError} with code
 * {@code SERVICE_UNAVAILABLE}, for the portal's pages a friendly page. Logged once per 10
 * s with a count, so an outage does not flood the log.
 */
@Component
public class DatabaseUnavailableAnswer {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAnswer.class);

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	private final ApiErrors errors;

	private final ObjectMapper json;

	private final LocaleResolver locales;

	private final ObjectProvider<DatabaseUnavailablePage> page;

	private final long retryAfterSeconds;

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	private final AtomicLong unlogged = new AtomicLong();

	DatabaseUnavailableAnswer(ApiErrors errors, ObjectMapper json, LocaleResolver locales,
			ObjectProvider<DatabaseUnavailablePage> page, DatabaseProperties properties) {
		this.errors = errors;
		this.json = json;
		this.locales = locales;
		this.page = page;
		this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
	}

	public void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
		logRateLimited(request, failure);
		Locale locale = this.locales.resolveLocale(request);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		DatabaseUnavailablePage portal = this.page.getIfAvailable();
		if (portal != null && !wantsJson(request)) {
			portal.write(request, response, locale, this.retryAfterSeconds);
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = this.json
			.writeValueAsBytes(this.errors.of(ErrorCode.SERVICE_UNAVAILABLE, null, locale, this.retryAfterSeconds));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The JSON API, the engine's REST API, the actuator, the dev sinks' JSON. */
	static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator")
				|| path.endsWith(".json") || path.startsWith("/camunda/api/");
	}

	private void logRateLimited(HttpServletRequest request, Throwable failure) {
		long now = System.nanoTime();
		long last = this.lastLogged.get();
		if (now - last < LOG_EVERY_NANOS || !this.lastLogged.compareAndSet(last, now)) {
			this.unlogged.incrementAndGet();
			return;
		}
		// the types only: a message could carry a statement and its values
		log.warn("database unavailable, answering 503 (e.g. {} {}: {}); {} more such answers since the last line",
				request.getMethod(), request.getRequestURI(), DatabaseOutage.describe(failure),
				this.unlogged.getAndSet(0));
	}

}
