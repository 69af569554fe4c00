package com.brokerage.passwordcenter.operations;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Cockpit analytics plugin reads the operator API from the browser of a signed-in
 * Cockpit user, who has a Camunda webapp session and no HTTP Basic credentials: a member
 * of {@code camunda-admin} in that session is an operator here too — for reading the
 * analytics only ({@code GET}, so no cross-site request can change anything).
 */
final class CockpitSessionAuthentication extends OncePerRequestFilter {

	private static final RequestMatcher ANALYTICS = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.GET, "/api/v1/operator/analytics/**");

	private final String engineName;

	CockpitSessionAuthentication(String engineName) {
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = ANALYTICS.matches(request) ? request.getSession(false) : null;
		if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
			Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
			Authentication user = (signedIn != null) ? signedIn.getAuthenticationForProcessEngine(this.engineName)
					: null;
			if (user instanceof UserAuthentication cockpitUser && cockpitUser.getGroupIds() != null
					&& cockpitUser.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(cockpitUser.getName(), null,
							List.of(new SimpleGrantedAuthority("ROLE_" + OperatorAuthentication.ROLE))));
			}
		}
		chain.doFilter(request, response);
	}

}
