package com.brokerage.passwordcenter.reissue;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.BusinessLine;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The online reissue API (R-REISSUE). An application can be moved only from the session
 * that started it (or, without certificate, that opened its emailed link); to anyone else
 * it does not exist ({@link ReissueApplications}).
 */
@RestController
class ReissueController {

	private final ReissueApplications applications;

	private final PasswordCenterProperties.Branding branding;

	ReissueController(ReissueApplications applications, PasswordCenterProperties passwordCenter) {
		this.applications = applications;
		this.branding = passwordCenter.branding();
	}

	@Operation(summary = "What the first page shows: the daily limit (R-REISSUE-2), business lines, contacts")
	@GetMapping("/api/v1/reissues/info")
	Map<String, Object> info(Locale locale) {
		return Map.of("dailyLimit", this.applications.dailyLimit(), "businessLinesWithoutCertificate",
				this.applications.linesWithoutCertificate().stream().map(BusinessLine::name).sorted().toList(),
				"customerServicePhone", this.branding.customerServicePhone(), "customerServicePhoneAlt",
				this.branding.customerServicePhoneAlt(), "customerServiceHours",
				this.branding.customerServiceHours(locale), "voiceOrderingLine", this.branding.voiceOrderingLine());
	}

	@Operation(summary = "Step 1: ID and birth date; the device certificate decides the path (R-REISSUE-1..3)")
	@PostMapping("/api/v1/reissues")
	ResponseEntity<ReissueView> start(@Valid @RequestBody ReissueRequests.Start body, HttpServletRequest request) {
		ReissueView view = this.applications.start(body.nationalId(), body.birthDate(), request);
		return ResponseEntity.created(URI.create("/api/v1/reissues/" + view.applicationId())).body(view);
	}

	@Operation(summary = "The application and its current step")
	@GetMapping("/api/v1/reissues/{id}")
	ReissueView status(@PathVariable String id, HttpServletRequest request) {
		return this.applications.view(id, request);
	}

	@Operation(summary = "Choose business line and account (R-REISSUE-4/5)")
	@PostMapping("/api/v1/reissues/{id}/account")
	ReissueView chooseAccount(@PathVariable String id, @Valid @RequestBody ReissueRequests.ChooseAccount body,
			HttpServletRequest request) {
		return this.applications.chooseAccount(id, body.accountId(), request);
	}

	@Operation(summary = "Confirm the application: the passcode goes to SMS or EMAIL (R-REISSUE-4)")
	@PostMapping("/api/v1/reissues/{id}/channel")
	ReissueView chooseChannel(@PathVariable String id, @Valid @RequestBody ReissueRequests.ChooseChannel body,
			HttpServletRequest request) {
		return this.applications.chooseChannel(id, body.channel(), request);
	}

	@Operation(summary = "Verify the passcode; the answer carries the initial password, once (R-REISSUE-7..9)")
	@PostMapping("/api/v1/reissues/{id}/passcode")
	ReissueView verifyPasscode(@PathVariable String id, @Valid @RequestBody ReissueRequests.Passcode body,
			HttpServletRequest request) {
		return this.applications.verifyPasscode(id, body.passcode(), request);
	}

	@Operation(summary = "Send a new passcode once the countdown has run out (R-REISSUE-7/8)")
	@PostMapping("/api/v1/reissues/{id}/passcode/resend")
	ResponseEntity<ReissueView> resendPasscode(@PathVariable String id, HttpServletRequest request) {
		return ResponseEntity.accepted().body(this.applications.resendPasscode(id, request));
	}

	@Operation(summary = "Set the new web and voice password (R-REISSUE-9..11)")
	@PostMapping("/api/v1/reissues/{id}/password")
	ReissueView setNewPassword(@PathVariable String id, @Valid @RequestBody ReissueRequests.NewPassword body,
			HttpServletRequest request) {
		return this.applications.setNewPassword(id, body.initialPassword(), body.newPassword(), body.confirmation(),
				request);
	}

	@Operation(summary = "Cancel the application")
	@PostMapping("/api/v1/reissues/{id}/cancel")
	ReissueView cancel(@PathVariable String id, HttpServletRequest request) {
		return this.applications.cancel(id, request);
	}

}
