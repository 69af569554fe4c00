package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A random id per request: in the MDC (every log line of the request carries it), in the
 * {@code X-Correlation-Id} answer header and in every JSON error, so a customer's report
 * leads an operator to the log lines. Never taken from the client, so a log cannot be
 * forged to point elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Correlation-Id";

	/** The MDC key; the log pattern (application.yml, logging.pattern.correlation). */
	public static final String MDC_KEY = "correlationId";

	/**
	 * The id as a request attribute, for the error dispatch that runs after the MDC is
	 * cleared.
	 */
	static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = newId();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		request.setAttribute(ATTRIBUTE, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * 16 hex digits: unique enough per day of logs, short enough to read out on the
	 * phone.
	 */
	static String newId() {
		byte[] bytes = new byte[8];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The current request's id, or a new one where no filter ran (Tomcat's own errors).
	 */
	static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : newId();
	}

}
