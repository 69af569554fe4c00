package com.brokerage.passwordcenter.passcode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import com.brokerage.passwordcenter.password.KeyedHasher;
import com.brokerage.passwordcenter.policy.PasscodePolicy;
import com.brokerage.passwordcenter.policy.PasscodeRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REISSUE-4/7/8: makes, sends and checks temporary passcodes. Only a keyed hash is
 * kept; the code itself exists in this method's frame and in the message to the customer,
 * nowhere else (R-PWD-5).
 */
@Service
public class PasscodeService {

	private static final Logger log = LoggerFactory.getLogger(PasscodeService.class);

	private final PasscodeRepository passcodes;

	private final PasscodeRecipients recipients;

	private final PasscodeSender sender;

	private final KeyedHasher hasher;

	private final PasscodePolicy policy;

	private final BusinessMetrics metrics;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PasscodeService(PasscodeRepository passcodes, PasscodeRecipients recipients, PasscodeSender sender,
			KeyedHasher hasher, PasscodePolicy policy, BusinessMetrics metrics, Clock clock) {
		this.passcodes = passcodes;
		this.recipients = recipients;
		this.sender = sender;
		this.hasher = hasher;
		this.policy = policy;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Makes a fresh code, keeps its hash (voiding any earlier code) and sends it. Runs in
	 * the sending job's transaction: if the send fails, the hash is rolled back and the
	 * retry makes another code.
	 */
	@Transactional
	public void issueAndSend(String applicationId, Locale locale) {
		PasscodeRecipient recipient = this.recipients.recipientOf(applicationId);
		// the passcode table's latest version, kept with the code: what the text says,
		// the
		// check, the countdown and the timer all read this one evaluation
		PasscodeRules rules = this.policy.decide();
		String code = newCode(rules.length());
		// as the database keeps it (microseconds), so countdowns read what is stored
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant expiresAt = now.plus(rules.validity());
		Passcode passcode = this.passcodes.findForUpdate(applicationId).orElseGet(() -> new Passcode(applicationId));
		passcode.replace(this.hasher.hash(code), recipient.channel(), now, expiresAt, rules.maxWrongAttempts(),
				now.plus(rules.resendCooldown()));
		this.passcodes.save(passcode);
		// the text states the stored expiry, the one the check and the countdown use
		this.sender.send(recipient, code, Duration.between(now, expiresAt), locale);
		log.info("passcode sent for application {} by {} to {}", applicationId, recipient.channel(), masked(recipient));
	}

	/** Checks one entry in constant time; wrong entries are counted under a row lock. */
	@Transactional
	public PasscodeCheck check(String applicationId, String code) {
		Optional<Passcode> found = this.passcodes.findForUpdate(applicationId);
		if (found.isEmpty() || found.get().getState() != PasscodeState.ACTIVE) {
			return PasscodeCheck.of(found.map((p) -> p.getState() == PasscodeState.VOIDED ? PasscodeCheck.Outcome.VOIDED
					: PasscodeCheck.Outcome.NOT_ACTIVE)
				.orElse(PasscodeCheck.Outcome.NOT_ACTIVE));
		}
		Passcode passcode = found.get();
		if (passcode.isExpiredAt(this.clock.instant())) {
			this.metrics.passcodeFailure(PasscodeCheck.Outcome.EXPIRED.name());
			return PasscodeCheck.of(PasscodeCheck.Outcome.EXPIRED);
		}
		if (this.hasher.matches(code, passcode.getCodeHash())) {
			passcode.markUsed();
			log.info("passcode verified for application {}", applicationId);
			return PasscodeCheck.of(PasscodeCheck.Outcome.VERIFIED);
		}
		int maxWrongAttempts = passcode.maxWrongAttemptsOr(this.policy.current().maxWrongAttempts());
		passcode.recordWrongAttempt(maxWrongAttempts);
		this.metrics.passcodeFailure(passcode.getState() == PasscodeState.VOIDED ? PasscodeCheck.Outcome.VOIDED.name()
				: PasscodeCheck.Outcome.WRONG.name());
		int left = Math.max(0, maxWrongAttempts - passcode.getWrongAttempts());
		log.info("wrong passcode for application {} ({} left)", applicationId, left);
		return new PasscodeCheck(passcode.getState() == PasscodeState.VOIDED ? PasscodeCheck.Outcome.VOIDED
				: PasscodeCheck.Outcome.WRONG, left);
	}

	/**
	 * R-REISSUE-8: asking for a new code voids the current one at once, before the new
	 * one is sent.
	 */
	@Transactional
	public void voidForResend(String applicationId) {
		this.passcodes.findForUpdate(applicationId).ifPresent(Passcode::markReplaced);
	}

	/**
	 * What the page needs: seconds until a resend is allowed and until the code expires,
	 * attempts left.
	 */
	@Transactional(readOnly = true)
	public Optional<PasscodeStatus> status(String applicationId) {
		Instant now = this.clock.instant();
		return this.passcodes.findByApplicationId(applicationId).map((p) -> {
			// rows from before V20 lack the rules they were sent with: the latest table's
			PasscodeRules latest = (p.hasOwnRules()) ? null : this.policy.current();
			return new PasscodeStatus(p.getChannel(), p.getState(),
					secondsBetween(now, p.resendAllowedAtOr((latest != null) ? latest.resendCooldown() : null)),
					secondsBetween(now, p.getExpiresAt()),
					Math.max(0, p.maxWrongAttemptsOr((latest != null) ? latest.maxWrongAttempts() : 0)
							- p.getWrongAttempts()));
		});
	}

	/**
	 * The validity the application's current passcode was sent with (its timer waits as
	 * long as its text says); the latest table's when none was sent.
	 */
	@Transactional(readOnly = true)
	public Duration validityOf(String applicationId) {
		return this.passcodes.findByApplicationId(applicationId)
			.map((p) -> Duration.between(p.getSentAt(), p.getExpiresAt()))
			.orElseGet(this::latestValidity);
	}

	/** The latest passcode table's validity. */
	public Duration latestValidity() {
		return this.policy.current().validity();
	}

	/** R-REISSUE-7: a resend only once the countdown has run out. */
	@Transactional(readOnly = true)
	public long secondsUntilResendAllowed(String applicationId) {
		return status(applicationId).map(PasscodeStatus::secondsUntilResend).orElse(0L);
	}

	private String newCode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(this.random.nextInt(10));
		}
		return code.toString();
	}

	/**
	 * Whole seconds left, rounded up: 0 only once {@code then} is reached, so a resend
	 * 0.96 s early still waits (never the truncation of {@code toSeconds()}).
	 */
	static long secondsBetween(Instant now, Instant then) {
		Duration left = Duration.between(now, then);
		if (left.isNegative() || left.isZero()) {
			return 0;
		}
		return left.toSeconds() + ((left.toNanosPart() > 0) ? 1 : 0);
	}

	private static String masked(PasscodeRecipient recipient) {
		return recipient.channel() == PasscodeChannel.SMS ? Masking.mobile(recipient.destination())
				: Masking.email(recipient.destination());
	}

}
