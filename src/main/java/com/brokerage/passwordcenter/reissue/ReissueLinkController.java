package com.brokerage.passwordcenter.reissue;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reissue without certificate after the email (R-REISSUE-6/7): the emailed link is
 * opened once and binds the application to the session that opened it; that session then
 * asks for the SMS passcode and goes on with the common passcode and password steps of
 * {@link ReissueController}.
 */
@RestController
class ReissueLinkController {

	private final ReissueLinkSteps steps;

	private final ReissueJourney journey;

	private final LinkAttemptLimiter limiter;

	ReissueLinkController(ReissueLinkSteps steps, ReissueJourney journey, LinkAttemptLimiter limiter) {
		this.steps = steps;
		this.journey = journey;
		this.limiter = limiter;
	}

	@Operation(summary = "Open the emailed link, once (R-REISSUE-6); rate-limited per client address")
	@PostMapping("/api/v1/reissues/links")
	ReissueView open(@RequestBody ReissueRequests.OpenLink body, HttpServletRequest request) {
		String id = open(body.token(), request, this.limiter, this.steps);
		return this.journey.view(id);
	}

	@Operation(summary = "Get temporary passcode: an SMS to the mobile on file (R-REISSUE-7)")
	@PostMapping("/api/v1/reissues/{id}/passcode/request")
	ResponseEntity<ReissueView> requestPasscode(@PathVariable String id, HttpServletRequest request) {
		this.steps.requestPasscode(ReissueController.owned(request, id));
		return ResponseEntity.accepted().body(this.journey.view(id));
	}

	/**
	 * Shared with the link page: count the attempt, open, and hand the application to
	 * this session under a new session id (the link is the second factor after step 1).
	 */
	static String open(String token, HttpServletRequest request, LinkAttemptLimiter limiter, ReissueLinkSteps steps) {
		limiter.take(request.getRemoteAddr());
		String id = steps.open(token);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		ReissueController.remember(request, id);
		return id;
	}

}
