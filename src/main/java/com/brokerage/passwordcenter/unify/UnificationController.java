package com.brokerage.passwordcenter.unify;

import java.net.URI;
import java.util.List;

import com.brokerage.passwordcenter.login.CustomerPrincipal;
import com.brokerage.passwordcenter.login.CustomerSession;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password unification for the logged-in customer (R-UNIFY-1..3). There is no split
 * endpoint: splitting is done at a branch (R-UNIFY-3, R-OPS-3).
 */
@RestController
class UnificationController {

	private final UnificationJourney journey;

	private final CustomerSession session;

	UnificationController(UnificationJourney journey, CustomerSession session) {
		this.journey = journey;
		this.session = session;
	}

	@Operation(
			summary = "Start a unification request; the answer carries the masked national ID the form shows (R-UNIFY-1, R-UNIFY-3)")
	@PostMapping("/api/v1/me/unification")
	ResponseEntity<UnificationView> start(@AuthenticationPrincipal CustomerPrincipal principal,
			HttpServletRequest request) {
		UnificationView view = this.session.endOnLock(request, () -> this.journey.start(principal));
		return ResponseEntity.created(URI.create("/api/v1/me/unification/" + view.applicationId())).body(view);
	}

	@Operation(summary = "The unification request and its step")
	@GetMapping("/api/v1/me/unification/{id}")
	UnificationView status(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable String id) {
		return this.journey.view(principal, id);
	}

	@Operation(
			summary = "Old password, new unified password, confirmation: every account gets the new one (R-UNIFY-1/2)")
	@PostMapping("/api/v1/me/unification/{id}")
	UnificationView submit(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable String id,
			@Valid @RequestBody UnifiedPasswordRequest body, HttpServletRequest request, HttpServletResponse response) {
		List<Long> accountIds = this.session.endOnLock(request, () -> this.journey.submit(principal, id, body));
		// R-UNIFY-2: the session now holds every account, as a login with the new
		// password would
		this.session.replace(principal.unified(accountIds), request, response);
		return this.journey.view(principal, id);
	}

	@Operation(summary = "Cancel the unification request before submitting it")
	@PostMapping("/api/v1/me/unification/{id}/cancel")
	UnificationView cancel(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable String id) {
		this.journey.cancel(principal, id);
		return this.journey.view(principal, id);
	}

}
