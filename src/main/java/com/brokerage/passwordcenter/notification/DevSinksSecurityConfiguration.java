package com.brokerage.passwordcenter.notification;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The demo sinks under {@code /dev/**}: open, without CSRF (the Twilio-compatible POST
 * comes from an SDK, not a browser), no session. Demo profile only, so in every other
 * profile {@code /dev/**} falls to the customer chain and finds nothing.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoProfile.NAME)
class DevSinksSecurityConfiguration {

	// web only: the import command's non-web context has no HttpSecurity
	// (master.ImportCommand)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Bean
	@Order(0)
	SecurityFilterChain devSinksChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/dev/**"))
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")))
			.build();
	}

}
