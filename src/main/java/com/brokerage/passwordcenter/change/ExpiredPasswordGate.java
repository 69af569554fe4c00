package com.brokerage.passwordcenter.change;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.ExpiredPasswordCheck;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * R-CHANGE-2 enforced: while a password the login opened is expired, the session reaches
 * only the change: "who am I", the account table, the change itself and logout. Any other
 * customer API answers 403 {@code PASSWORD_EXPIRED}; any other portal page sends the
 * customer to the change page, which says why. Checked against the database on each
 * request, so the change frees the session at once.
 */
@Configuration(proxyBeanMethods = false)
class ExpiredPasswordGate implements WebMvcConfigurer {

	/** The API and portal paths of a signed-in customer. */
	static final String[] SIGNED_IN = { "/api/v1/me", "/api/v1/me/**", "/me", "/me/**" };

	/** What stays open during a forced change. */
	static final String[] CHANGE_ONLY = { "/api/v1/me", "/api/v1/me/accounts", "/api/v1/me/password",
			"/api/v1/me/accounts/*/password", "/me/change", "/me/accounts/*/change" };

	private final ExpiredPasswordCheck expiredPasswords;

	ExpiredPasswordGate(ExpiredPasswordCheck expiredPasswords) {
		this.expiredPasswords = expiredPasswords;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Gate(this.expiredPasswords))
			.addPathPatterns(SIGNED_IN)
			.excludePathPatterns(CHANGE_ONLY);
	}

	private record Gate(ExpiredPasswordCheck expiredPasswords) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal principal)
					|| !this.expiredPasswords.mustChange(principal)) {
				return true;
			}
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				// the advice turns it into {code,message,field}, as for any refusal
				throw new ApiException(ErrorCode.PASSWORD_EXPIRED);
			}
			response.sendRedirect(request.getContextPath() + "/me/change");
			return false;
		}

	}

}
