package com.brokerage.passwordcenter.reissue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.certificate.DeviceCertificateResolver;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ClientAddress;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.BirthDates;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.policy.PasscodeChannelsPolicy;
import com.brokerage.passwordcenter.policy.ReissueLimitsPolicy;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Service;

/**
 * The customer's reissue applications as the JSON API and the portal's pages move them:
 * each step of {@link ReissueJourney}, {@link ReissueCredentialSteps} and
 * {@link ReissueLinkSteps}, bound to the HTTP session that started the application (or,
 * without certificate, that opened its emailed link). To any other session an application
 * does not exist ({@code REISSUE_NOT_FOUND}). Refusals are {@link ApiException}s.
 */
@Service
public class ReissueApplications {

	static final String SESSION_APPLICATIONS = ReissueApplications.class.getName() + ".applications";

	private final ReissueStarter starter;

	private final ReissueJourney journey;

	private final ReissueCredentialSteps credentials;

	private final ReissueLinkSteps links;

	private final LinkAttemptLimiter limiter;

	private final ClientAddress clientAddress;

	private final DeviceCertificateResolver certificates;

	private final ReissueLimitsPolicy limits;

	private final PasscodeChannelsPolicy channels;

	private final Clock clock;

	ReissueApplications(ReissueStarter starter, ReissueJourney journey, ReissueCredentialSteps credentials,
			ReissueLinkSteps links, LinkAttemptLimiter limiter, ClientAddress clientAddress,
			DeviceCertificateResolver certificates, ReissueLimitsPolicy limits, PasscodeChannelsPolicy channels,
			Clock clock) {
		this.starter = starter;
		this.journey = journey;
		this.credentials = credentials;
		this.links = links;
		this.limiter = limiter;
		this.clientAddress = clientAddress;
		this.certificates = certificates;
		this.limits = limits;
		this.channels = channels;
		this.clock = clock;
	}

	/**
	 * R-REISSUE-2: applications per ID per day, shown on the first page: the latest
	 * table, the one the next step 1 is counted against.
	 */
	public int dailyLimit() {
		return this.limits.current().dailyLimit();
	}

	/**
	 * R-REISSUE-5: the business lines the passcode channels table offers a reissue
	 * without certificate for, when the mobile and the email are on file.
	 */
	public List<BusinessLine> linesWithoutCertificate() {
		return Arrays.stream(BusinessLine.values())
			.filter((line) -> !this.channels.offered(false, true, true, line).isEmpty())
			.toList();
	}

	/** R-REISSUE-6: how long the emailed link works, for the pages that say it. */
	public Duration linkValidity() {
		return this.limits.current().linkValidity();
	}

	/** Step 1 (R-REISSUE-1..3): the device certificate decides the path. */
	public ReissueView start(String nationalId, String birthDate, HttpServletRequest request) {
		LocalDate born = BirthDates.parseOrRefuse(birthDate, this.clock);
		ReissueView view = this.starter.start(TaiwanIds.normalize(nationalId), born, this.certificates.resolve(request),
				this.journey::answerStarted);
		if (view.status() == ReissueStatus.DATA_INCORRECT) {
			// R-REISSUE-5: mobile or email missing; the application has ended at once
			throw new ApiException(ErrorCode.CONTACT_DATA_INCOMPLETE);
		}
		remember(request, view.applicationId());
		return view;
	}

	public ReissueView view(String id, HttpServletRequest request) {
		return this.journey.view(owned(request, id));
	}

	/**
	 * R-REISSUE-4/5. Without certificate this is "confirm application": the link mail
	 * goes out and the web part ends, so this session lets go of the application.
	 */
	public ReissueView chooseAccount(String id, Long accountId, HttpServletRequest request) {
		ReissueView view = this.journey.chooseAccount(owned(request, id), accountId);
		if (view.path() == ReissuePath.WITHOUT_CERTIFICATE) {
			forget(request, id);
		}
		return view;
	}

	/** R-REISSUE-4: confirm the application; the passcode goes to SMS or email. */
	public ReissueView chooseChannel(String id, PasscodeChannel channel, HttpServletRequest request) {
		this.journey.chooseChannel(owned(request, id), channel);
		return this.journey.answer(id);
	}

	/**
	 * R-REISSUE-7..9: the answer carries the initial password, this once.
	 * @throws ApiException wrong (with the attempts left), voided or expired passcode
	 */
	public ReissueView verifyPasscode(String id, String passcode, HttpServletRequest request) {
		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(owned(request, id),
				(passcode != null) ? passcode : "");
		if (outcome.refusal() != null) {
			throw new ApiException(outcome.refusal(), "passcode", outcome.attemptsLeft());
		}
		return this.journey.answer(id).withInitialPassword(outcome.initialPassword());
	}

	/** R-REISSUE-7/8: only once the countdown has run out. */
	public ReissueView resendPasscode(String id, HttpServletRequest request) {
		this.credentials.resendPasscode(owned(request, id));
		return this.journey.answer(id);
	}

	/** R-REISSUE-9..11: the new web and voice password. */
	public ReissueView setNewPassword(String id, String initialPassword, String newPassword, String confirmation,
			HttpServletRequest request) {
		this.credentials.setNewPassword(owned(request, id), nonNull(initialPassword), nonNull(newPassword),
				nonNull(confirmation));
		return this.journey.answer(id);
	}

	public ReissueView cancel(String id, HttpServletRequest request) {
		this.journey.cancel(owned(request, id));
		return this.journey.answer(id);
	}

	/**
	 * R-REISSUE-6: count the attempt, open the emailed link once, and hand the
	 * application to this session under a new session id (the link is the second factor
	 * after step 1).
	 * @return the application id
	 */
	public String openLink(String token, HttpServletRequest request) {
		this.limiter.take(this.clientAddress.of(request));
		String id = this.links.open(token);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		remember(request, id);
		return id;
	}

	/** R-REISSUE-7: "get temporary passcode", an SMS to the mobile on file. */
	public ReissueView requestPasscode(String id, HttpServletRequest request) {
		this.links.requestPasscode(owned(request, id));
		return this.journey.answer(id);
	}

	private static void remember(HttpServletRequest request, String applicationId) {
		HttpSession session = request.getSession(true);
		synchronized (session) {
			@SuppressWarnings("unchecked")
			Set<String> ids = (Set<String>) session.getAttribute(SESSION_APPLICATIONS);
			Set<String> updated = (ids == null) ? new HashSet<>() : new HashSet<>(ids);
			updated.add(applicationId);
			session.setAttribute(SESSION_APPLICATIONS, updated);
		}
	}

	private static void forget(HttpServletRequest request, String applicationId) {
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

	private static String owned(HttpServletRequest request, String applicationId) {
		HttpSession session = request.getSession(false);
		Object ids = (session != null) ? session.getAttribute(SESSION_APPLICATIONS) : null;
		if (!(ids instanceof Set<?> set) || !set.contains(applicationId)) {
			throw new ApiException(ErrorCode.REISSUE_NOT_FOUND);
		}
		return applicationId;
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
