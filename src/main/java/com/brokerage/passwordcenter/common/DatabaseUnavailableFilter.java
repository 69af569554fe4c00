package com.brokerage.passwordcenter.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met outside a controller — Spring Session reading or saving the
 * session row (on every request with a cookie), Spring Security loading the security
 * context, Camunda's authentication filters — would reach the servlet container as a 500.
 * Outermost but for the character encoding, so it wraps the session filter too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final DatabaseUnavailableAnswer answer;

	private final DatabaseCheck database;

	DatabaseUnavailableFilter(DatabaseUnavailableAnswer answer, DatabaseCheck database) {
		this.answer = answer;
		this.database = database;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !isOutage(ex)) {
				throw ex;
			}
			this.answer.write(request, response, ex);
		}
	}

	/**
	 * Certain from the cause, or a persistence failure while the database does not
	 * answer.
	 */
	private boolean isOutage(Throwable ex) {
		return DatabaseOutage.isCause(ex) || (DatabaseOutage.mayBe(ex) && this.database.problem() != null);
	}

}
