package com.brokerage.passwordcenter.reissue;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.certificate.DeviceCertificateResolver;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.BirthDates;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 * it does not exist.
 */
@RestController
class ReissueController {

	static final String SESSION_APPLICATIONS = ReissueController.class.getName() + ".applications";

	private final ReissueStarter starter;

	private final ReissueJourney journey;

	private final ReissueCredentialSteps credentials;

	private final DeviceCertificateResolver certificates;

	private final ReissueProperties properties;

	private final PasswordCenterProperties.Branding branding;

	private final Clock clock;

	ReissueController(ReissueStarter starter, ReissueJourney journey, ReissueCredentialSteps credentials,
			DeviceCertificateResolver certificates, ReissueProperties properties,
			PasswordCenterProperties passwordCenter, Clock clock) {
		this.starter = starter;
		this.journey = journey;
		this.credentials = credentials;
		this.certificates = certificates;
		this.properties = properties;
		this.branding = passwordCenter.branding();
		this.clock = clock;
	}

	@Operation(summary = "What the first page shows: the daily limit (R-REISSUE-2), business lines, contacts")
	@GetMapping("/api/v1/reissues/info")
	Map<String, Object> info() {
		return Map.of("dailyLimit", this.properties.dailyLimit(), "businessLinesWithoutCertificate",
				ReissueJourney.LINES_WITHOUT_CERTIFICATE.stream().map(BusinessLine::name).sorted().toList(),
				"customerServicePhone", this.branding.customerServicePhone(), "customerServicePhoneAlt",
				this.branding.customerServicePhoneAlt(), "customerServiceHours", this.branding.customerServiceHours(),
				"voiceOrderingLine", this.branding.voiceOrderingLine());
	}

	@Operation(summary = "Step 1: ID and birth date; the device certificate decides the path (R-REISSUE-1..3)")
	@PostMapping("/api/v1/reissues")
	ResponseEntity<ReissueView> start(@Valid @RequestBody ReissueRequests.Start body, HttpServletRequest request) {
		LocalDate birthDate = BirthDates.parse(body.birthDate(), this.clock)
			.orElseThrow(() -> new ApiException(ErrorCode.INVALID_BIRTH_DATE, "birthDate"));
		ReissueApplication application = this.starter.start(TaiwanIds.normalize(body.nationalId()), birthDate,
				this.certificates.resolve(request));
		ReissueView view = this.journey.view(application.getId());
		if (view.status() == ReissueStatus.DATA_INCORRECT) {
			// R-REISSUE-5: mobile or email missing; the application has ended at once
			throw new ApiException(ErrorCode.CONTACT_DATA_INCOMPLETE);
		}
		remember(request, application.getId());
		return ResponseEntity.created(URI.create("/api/v1/reissues/" + application.getId())).body(view);
	}

	@Operation(summary = "The application and its current step")
	@GetMapping("/api/v1/reissues/{id}")
	ReissueView status(@PathVariable String id, HttpServletRequest request) {
		return this.journey.view(owned(request, id));
	}

	@Operation(summary = "Choose business line and account (R-REISSUE-4/5)")
	@PostMapping("/api/v1/reissues/{id}/account")
	ReissueView chooseAccount(@PathVariable String id, @Valid @RequestBody ReissueRequests.ChooseAccount body,
			HttpServletRequest request) {
		this.journey.chooseAccount(owned(request, id), body.accountId());
		ReissueView view = this.journey.view(id);
		if (view.path() == ReissuePath.WITHOUT_CERTIFICATE) {
			// R-REISSUE-5: the web part ends here; only the session that opens the
			// emailed
			// link may go on
			forget(request, id);
		}
		return view;
	}

	@Operation(summary = "Confirm the application: the passcode goes to SMS or EMAIL (R-REISSUE-4)")
	@PostMapping("/api/v1/reissues/{id}/channel")
	ReissueView chooseChannel(@PathVariable String id, @Valid @RequestBody ReissueRequests.ChooseChannel body,
			HttpServletRequest request) {
		this.journey.chooseChannel(owned(request, id), body.channel());
		return this.journey.view(id);
	}

	@Operation(summary = "Verify the passcode; the answer carries the initial password, once (R-REISSUE-7..9)")
	@PostMapping("/api/v1/reissues/{id}/passcode")
	ReissueView verifyPasscode(@PathVariable String id, @Valid @RequestBody ReissueRequests.Passcode body,
			HttpServletRequest request) {
		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(owned(request, id),
				body.passcode());
		if (outcome.refusal() != null) {
			throw new ApiException(outcome.refusal(), "passcode", outcome.attemptsLeft());
		}
		return this.journey.view(id).withInitialPassword(outcome.initialPassword());
	}

	@Operation(summary = "Send a new passcode once the countdown has run out (R-REISSUE-7/8)")
	@PostMapping("/api/v1/reissues/{id}/passcode/resend")
	ResponseEntity<ReissueView> resendPasscode(@PathVariable String id, HttpServletRequest request) {
		this.credentials.resendPasscode(owned(request, id));
		return ResponseEntity.accepted().body(this.journey.view(id));
	}

	@Operation(summary = "Set the new web and voice password (R-REISSUE-9..11)")
	@PostMapping("/api/v1/reissues/{id}/password")
	ReissueView setNewPassword(@PathVariable String id, @Valid @RequestBody ReissueRequests.NewPassword body,
			HttpServletRequest request) {
		this.credentials.setNewPassword(owned(request, id), body.initialPassword(), body.newPassword(),
				body.confirmation());
		return this.journey.view(id);
	}

	@Operation(summary = "Cancel the application")
	@PostMapping("/api/v1/reissues/{id}/cancel")
	ReissueView cancel(@PathVariable String id, HttpServletRequest request) {
		this.journey.cancel(owned(request, id));
		return this.journey.view(id);
	}

	static void remember(HttpServletRequest request, String applicationId) {
		HttpSession session = request.getSession(true);
		synchronized (session) {
			@SuppressWarnings("unchecked")
			Set<String> ids = (Set<String>) session.getAttribute(SESSION_APPLICATIONS);
			Set<String> updated = (ids == null) ? new HashSet<>() : new HashSet<>(ids);
			updated.add(applicationId);
			session.setAttribute(SESSION_APPLICATIONS, updated);
		}
	}

	static void forget(HttpServletRequest request, String applicationId) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		synchronized (session) {
			@SuppressWarnings("unchecked")
			Set<String> ids = (Set<String>) session.getAttribute(SESSION_APPLICATIONS);
			if (ids != null) {
				Set<String> updated = new HashSet<>(ids);
				updated.remove(applicationId);
				session.setAttribute(SESSION_APPLICATIONS, updated);
			}
		}
	}

	static String owned(HttpServletRequest request, String applicationId) {
		HttpSession session = request.getSession(false);
		Object ids = (session != null) ? session.getAttribute(SESSION_APPLICATIONS) : null;
		if (!(ids instanceof Set<?> set) || !set.contains(applicationId)) {
			throw new ApiException(ErrorCode.REISSUE_NOT_FOUND);
		}
		return applicationId;
	}

}
