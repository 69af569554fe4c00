package com.brokerage.passwordcenter.certificate;

import java.io.IOException;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * R-REISSUE-12: reissue and online unlock (API and pages) run over TLS only. A request to
 * them that did not arrive encrypted is refused with 403 {@code TLS_REQUIRED} before
 * anything else reads it. Behind a TLS-terminating proxy the proxy must connect to the
 * app over TLS as well (re-encrypt), so {@code request.isSecure()} holds end to end.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class TlsRequiredFilter extends OncePerRequestFilter {

	// matched like Spring MVC matches its handlers, so an encoded or decorated path that
	// reaches a controller is caught here too
	private static final RequestMatcher PATHS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/reissues/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/unlocks/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/reissue/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/unlock"));

	private final boolean required;

	private final ApiErrors errors;

	TlsRequiredFilter(CertificateProperties properties, ApiErrors errors) {
		this.required = properties.requireTls();
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.required || request.isSecure() || !PATHS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.errors.write(response, ErrorCode.TLS_REQUIRED, RequestContextUtils.getLocale(request));
	}

}
