package com.brokerage.passwordcenter.login;

import java.util.List;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs a customer in and out of the HTTP session (R-LOGIN-1..5), for the JSON API and
 * the portal's login page alike: captcha first, then the password, then a new session id
 * and CSRF token.
 */
@Service
public class CustomerSignIn {

	private static final Logger log = LoggerFactory.getLogger(CustomerSignIn.class);

	private final CaptchaService captcha;

	private final LoginService logins;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final AuditTrail audit;

	CustomerSignIn(CaptchaService captcha, LoginService logins, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, AuditTrail audit) {
		this.captcha = captcha;
		this.logins = logins;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.audit = audit;
	}

	/**
	 * @return the customer now signed in, and whether only a password change is open
	 * (R-CHANGE-2)
	 * @throws ApiException the captcha or the login was refused; the code says why
	 */
	public SignedIn signIn(String nationalId, String password, String altcha, HttpServletRequest request,
			HttpServletResponse response) {
		// R-LOGIN-1: no solved captcha, no look at the password
		this.captcha.verifyAndConsume(altcha);
		LoginOutcome outcome = this.logins.attempt(TaiwanIds.normalize(nationalId), password);
		if (outcome instanceof LoginOutcome.Refused refused) {
			throw new ApiException(refused.code());
		}
		LoginOutcome.Success success = (LoginOutcome.Success) outcome;
		CustomerPrincipal principal = new CustomerPrincipal(success.customerRef(), success.maskedCustomerId(),
				success.name(), success.unified(), success.matchedAccountIds());
		establishSession(principal, request, response);
		if (!success.expiredAccountIds().isEmpty()) {
			log.info("login of {} into a forced change: {} expired password(s)", principal.maskedCustomerId(),
					success.expiredAccountIds().size());
		}
		return new SignedIn(principal, success.expiredAccountIds());
	}

	/** Ends the session; {@code principal} may be {@code null} (nobody was signed in). */
	public void signOut(CustomerPrincipal principal, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		if (principal != null) {
			this.audit.record(AuditEntry
				.by(ActorType.CUSTOMER, principal.maskedCustomerId(), AuditAction.LOGOUT, Channel.WEB, "SUCCESS")
				.customer(principal.customerRef(), principal.maskedCustomerId()));
		}
	}

	private void establishSession(CustomerPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
		// a new session id (no fixation) and a fresh CSRF token
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
