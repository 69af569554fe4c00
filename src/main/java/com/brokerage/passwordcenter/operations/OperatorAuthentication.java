package com.brokerage.passwordcenter.operations;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for metrics and the operator API, checked against the engine's identity
 * service — the same users and passwords as Cockpit. Members of {@code camunda-admin} get
 * the role OPERATOR; any other engine user is known but has no role here (403).
 */
@Component
class OperatorAuthentication implements AuthenticationProvider {

	static final String ROLE = "OPERATOR";

	private final IdentityService identity;

	OperatorAuthentication(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (user == null || user.isBlank() || !(credentials instanceof String password)
				|| !this.identity.checkPassword(user, password)) {
			// one answer for an unknown user and a wrong password
			throw new BadCredentialsException("Bad credentials");
		}
		boolean operator = this.identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				operator ? List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)) : List.of());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
