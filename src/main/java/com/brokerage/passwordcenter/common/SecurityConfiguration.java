package com.brokerage.passwordcenter.common;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Two worlds. The engine's REST API and webapps ({@code /engine-rest}, {@code /camunda})
 * authenticate operators against the engine's identity service with Camunda's own
 * filters. Everything else belongs to customers: a session cookie after login, CSRF by
 * cookie-to-header ({@code PC-XSRF-TOKEN} cookie echoed as {@code X-PC-XSRF-TOKEN}), JSON
 * errors.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CUSTOMER_ROLE = "CUSTOMER";

	/**
	 * The CSRF cookie a client reads and the header it echoes the value in (docs/api.md).
	 */
	public static final String CSRF_COOKIE = "PC-XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-PC-XSRF-TOKEN";

	// web only: the import command's non-web context has no HttpSecurity
	// (master.ImportCommand)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Bean
	@Order(1)
	SecurityFilterChain operatorChain(HttpSecurity http) throws Exception {
		// Camunda's filters (engine-rest Basic auth, webapp login and CSRF) guard these
		// paths
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return http
			.securityMatcher(new OrRequestMatcher(paths.matcher("/engine-rest/**"), paths.matcher("/camunda/**")))
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	// web only: the import command's non-web context has no HttpSecurity
	// (master.ImportCommand)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Bean
	@Order(2)
	SecurityFilterChain customerChain(HttpSecurity http, CookieCsrfTokenRepository csrfTokens, ApiErrors errors)
			throws Exception {
		return http
			.authorizeHttpRequests((authorize) -> authorize.requestMatchers("/api/v1/me/**", "/api/v1/me")
				.hasRole(CUSTOMER_ROLE)
				.requestMatchers("/api/v1/logout")
				.authenticated()
				.anyRequest()
				.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
								+ "worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> errors.write(response, ErrorCode.NOT_AUTHENTICATED,
						RequestContextUtils.getLocale(request)))
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException && isPortalPage(request)) {
						// a portal form (e.g. its cookies were cleared): start again, no
						// JSON
						response.sendRedirect(request.getContextPath() + "/?problem=session");
						return;
					}
					errors.write(response,
							ex instanceof CsrfException ? ErrorCode.CSRF_TOKEN_INVALID : ErrorCode.ACCESS_DENIED,
							RequestContextUtils.getLocale(request));
				}))
			.build();
	}

	/** A form of the portal's pages, as opposed to the JSON API and the demo sinks. */
	private static boolean isPortalPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") && !path.startsWith("/dev/");
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		// readable by the page's script and by API clients, which echo it in X-XSRF-TOKEN
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		// not XSRF-TOKEN: that name belongs to the Camunda webapps' own CSRF cookie
		repository.setCookieName(CSRF_COOKIE);
		repository.setHeaderName(CSRF_HEADER);
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * On login: a new session id (no fixation) and a new CSRF token, handed out in the
	 * login answer itself (Spring's {@code CsrfAuthenticationStrategy} would only clear
	 * the cookie, leaving the client without a token until its next request).
	 */
	@Bean
	SessionAuthenticationStrategy customerSessionAuthenticationStrategy(CookieCsrfTokenRepository csrfTokens) {
		return new CompositeSessionAuthenticationStrategy(
				java.util.List.of(new ChangeSessionIdAuthenticationStrategy(), (authentication, request, response) -> {
					CsrfToken fresh = csrfTokens.generateToken(request);
					csrfTokens.saveToken(fresh, request, response);
					request.setAttribute(CsrfToken.class.getName(), fresh);
				}));
	}

	/**
	 * The cookie-to-header pattern of Spring Security's SPA guidance, with BREACH
	 * protection for rendered pages.
	 */
	static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

		private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();

		private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			this.xor.handle(request, response, csrfToken);
			// load the deferred token so the cookie reaches the client on its first
			// request
			csrfToken.get();
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			String header = request.getHeader(csrfToken.getHeaderName());
			return (StringUtils.hasText(header) ? this.plain : this.xor).resolveCsrfTokenValue(request, csrfToken);
		}

	}

}
