package com.brokerage.passwordcenter.operations;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ErrorCode;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Actuator and the operator API: HTTP Basic against the engine's users, operators only,
 * no session, no CSRF (no cookie is involved). Health stays open for load balancers; its
 * details need an operator ({@code management.endpoint.health.show-details}).
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurityConfiguration {

	static final String REALM = "Password Center operators";

	private static final String XML_HTTP_REQUEST = "XMLHttpRequest";

	// web only: the import command's non-web context has no HttpSecurity
	// (master.ImportCommand)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Bean
	@Order(1)
	SecurityFilterChain operatorApiChain(HttpSecurity http, OperatorAuthentication operators, ApiErrors errors,
			ProcessEngine engine) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return http
			.securityMatcher(new OrRequestMatcher(paths.matcher("/actuator/**"), paths.matcher("/api/v1/operator/**")))
			.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
				.permitAll()
				.anyRequest()
				.hasRole(OperatorAuthentication.ROLE))
			.authenticationManager(new ProviderManager(operators))
			.httpBasic((basic) -> basic.realmName(REALM))
			.addFilterBefore(new CockpitSessionAuthentication(engine.getName()), BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				// no challenge for a script (the Cockpit plugin): a browser would hold
				// its fetch behind a
				// password prompt instead of letting it say the Cockpit session has ended
				if (!XML_HTTP_REQUEST.equals(request.getHeader("X-Requested-With"))) {
					response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
				}
				errors.write(response, ErrorCode.NOT_AUTHENTICATED, RequestContextUtils.getLocale(request));
			})
				.accessDeniedHandler((request, response, ex) -> errors.write(response, ErrorCode.ACCESS_DENIED,
						RequestContextUtils.getLocale(request))))
			.build();
	}

}
