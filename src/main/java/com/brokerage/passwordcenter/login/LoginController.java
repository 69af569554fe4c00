package com.brokerage.passwordcenter.login;

import java.util.List;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout and "who am I" for customers (R-LOGIN). */
@RestController
class LoginController {

	private final CaptchaService captcha;

	private final LoginService logins;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final AuditTrail audit;

	LoginController(CaptchaService captcha, LoginService logins, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, AuditTrail audit) {
		this.captcha = captcha;
		this.logins = logins;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.audit = audit;
	}

	@Operation(summary = "Log in with national ID, password and a solved ALTCHA challenge (R-LOGIN-1..5)")
	@PostMapping("/api/v1/login")
	ResponseEntity<MeResponse> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		// R-LOGIN-1: no solved captcha, no look at the password
		this.captcha.verifyAndConsume(body.altcha());
		LoginOutcome outcome = this.logins.attempt(TaiwanIds.normalize(body.nationalId()), body.password());
		if (outcome instanceof LoginOutcome.Refused refused) {
			throw new ApiException(refused.code());
		}
		LoginOutcome.Success success = (LoginOutcome.Success) outcome;
		CustomerPrincipal principal = new CustomerPrincipal(success.customerRef(), success.maskedCustomerId(),
				success.name(), success.unified(), success.matchedAccountIds());
		establishSession(principal, request, response);
		return ResponseEntity.ok(MeResponse.of(principal));
	}

	@Operation(summary = "The logged-in customer")
	@GetMapping("/api/v1/me")
	MeResponse me(@AuthenticationPrincipal CustomerPrincipal principal) {
		return MeResponse.of(principal);
	}

	@Operation(summary = "End the session")
	@PostMapping("/api/v1/logout")
	ResponseEntity<Void> logout(@AuthenticationPrincipal CustomerPrincipal principal, HttpServletRequest request) {
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
		return ResponseEntity.noContent().build();
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
