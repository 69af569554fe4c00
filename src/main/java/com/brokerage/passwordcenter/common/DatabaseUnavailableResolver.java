package com.brokerage.passwordcenter.common;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller met a database outage: {@code 503}, whatever advice would otherwise catch
 * the exception. A resolver ahead of every {@code @ExceptionHandler} (not one more
 * advice) because the outage hides behind many types — Spring's, Hibernate's, the
 * engine's — that the catch-all handlers of the API and the portal would claim first.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private final DatabaseUnavailableAnswer answer;

	private final DatabaseCheck database;

	DatabaseUnavailableResolver(DatabaseUnavailableAnswer answer, DatabaseCheck database) {
		this.answer = answer;
		this.database = database;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (response.isCommitted() || !isOutage(ex)) {
			return null;
		}
		try {
			this.answer.write(request, response, ex);
		}
		catch (IOException clientGone) {
			// nothing more to tell this client
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// after DefaultErrorAttributes (HIGHEST_PRECEDENCE), which only records
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	/**
	 * Certain from the cause, or a persistence failure while the database does not
	 * answer.
	 */
	private boolean isOutage(Throwable ex) {
		return DatabaseOutage.isCause(ex) || (DatabaseOutage.mayBe(ex) && this.database.problem() != null);
	}

}
