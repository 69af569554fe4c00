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

	private final ReissueApplications applications;

	ReissueLinkController(ReissueApplications applications) {
		this.applications = applications;
	}

	@Operation(summary = "Open the emailed link, once (R-REISSUE-6); rate-limited per client address")
	@PostMapping("/api/v1/reissues/links")
	ReissueView open(@RequestBody ReissueRequests.OpenLink body, HttpServletRequest request) {
		String id = this.applications.openLink(body.token(), request);
		return this.applications.view(id, request);
	}

	@Operation(summary = "Get temporary passcode: an SMS to the mobile on file (R-REISSUE-7)")
	@PostMapping("/api/v1/reissues/{id}/passcode/request")
	ResponseEntity<ReissueView> requestPasscode(@PathVariable String id, HttpServletRequest request) {
		return ResponseEntity.accepted().body(this.applications.requestPasscode(id, request));
	}

}
