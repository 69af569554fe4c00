package com.brokerage.passwordcenter.login;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout and "who am I" for customers (R-LOGIN). */
@RestController
class LoginController {

	private final CustomerSignIn signIn;

	private final ExpiredPasswordCheck expiredPasswords;

	LoginController(CustomerSignIn signIn, ExpiredPasswordCheck expiredPasswords) {
		this.signIn = signIn;
		this.expiredPasswords = expiredPasswords;
	}

	@Operation(summary = "Log in with national ID, password and a solved ALTCHA challenge (R-LOGIN-1..5); "
			+ "mustChangePassword: an expired password opens only the password change (R-CHANGE-2)")
	@PostMapping("/api/v1/login")
	ResponseEntity<MeResponse> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		SignedIn signedIn = this.signIn.signIn(body.nationalId(), body.password(), body.altcha(), request, response);
		return ResponseEntity.ok(MeResponse.of(signedIn.principal(), signedIn.expiredAccountIds()));
	}

	@Operation(summary = "The logged-in customer")
	@GetMapping("/api/v1/me")
	MeResponse me(@AuthenticationPrincipal CustomerPrincipal principal) {
		return MeResponse.of(principal, this.expiredPasswords.expiredFor(principal));
	}

	@Operation(summary = "End the session")
	@PostMapping("/api/v1/logout")
	ResponseEntity<Void> logout(@AuthenticationPrincipal CustomerPrincipal principal, HttpServletRequest request) {
		this.signIn.signOut(principal, request);
		return ResponseEntity.noContent().build();
	}

}
