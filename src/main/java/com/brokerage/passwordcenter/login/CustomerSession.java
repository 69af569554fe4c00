package com.brokerage.passwordcenter.login;

import java.util.List;
import java.util.function.Supplier;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The logged-in session seen from features after login: replace what it knows of the
 * customer (after unification), or end it (when the login locks during a change).
 */
@Component
public class CustomerSession {

	private final SecurityContextRepository contexts;

	CustomerSession(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	public void replace(CustomerPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Runs a call that checks a re-entered password; when the answer is that the login is
	 * locked, the session ends with it.
	 */
	public <T> T endOnLock(HttpServletRequest request, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ApiException ex) {
			if (ex.code() == ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE
					|| ex.code() == ErrorCode.LOGIN_LOCKED_REISSUE_ONLY) {
				end(request);
			}
			throw ex;
		}
	}

	/** R-LOGIN-2: a locked login keeps no session either. */
	public void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

}
