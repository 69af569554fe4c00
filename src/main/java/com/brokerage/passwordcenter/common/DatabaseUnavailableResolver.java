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

	DatabaseUnavailableResolver(DatabaseUnavailableAnswer answer) {
		this.answer = answer;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
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

}
