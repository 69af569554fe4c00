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
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Hands the app's {@link LocaleResolver} to the filters that answer before Spring MVC
 * (CSRF, not authenticated, body too large): without it they fell back to the JVM's
 * locale and answered in English; with it they answer as the API does — zh-TW unless the
 * language cookie or {@code Accept-Language} asks for English.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLanguageFilter extends OncePerRequestFilter {

	private final LocaleResolver localeResolver;

	RequestLanguageFilter(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// where RequestContextUtils.getLocale looks; DispatcherServlet sets the same
		// later
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.localeResolver);
		chain.doFilter(request, response);
	}

}
