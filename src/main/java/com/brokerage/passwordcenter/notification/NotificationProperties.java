package com.brokerage.passwordcenter.notification;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail, SMS and the S/MIME signing key, under {@code password-center.notification.*}.
 * Credentials have no default outside the demo profile, so a misconfigured node fails at
 * start-up rather than at its first send.
 *
 * @param siteBaseUrl the start of every link we mail; a link elsewhere is refused
 * @param timeouts the bounds of every SMTP and SMS provider call (docs/operations.md)
 * @param retrySchedule the one failed-job retry cycle of every send, a Camunda interval
 * list ({@code PT30S,PT2M,PT10M}) or {@code Rn/duration}; the diagrams read it as
 * {@code ${retrySchedules.notification}}
 * @param smtpProbeInterval how often the {@code mail} health probe connects to SMTP in
 * the background (health itself answers from the last probe)
 */
@Validated
@ConfigurationProperties("password-center.notification")
public record NotificationProperties(@Valid @DefaultValue Mail mail,
		@NotBlank @Pattern(
				regexp = "https?://[^\\s/]+(/\\S*)?") @DefaultValue("https://localhost:8443") String siteBaseUrl,
		@Valid @DefaultValue Twilio twilio, @Valid @DefaultValue Smime smime, @Valid @DefaultValue Timeouts timeouts,
		@NotBlank @Pattern(regexp = RETRY_SCHEDULE,
				message = "password-center.notification.retry-schedule must be a list of ISO-8601 durations "
						+ "(PT30S,PT2M,PT10M) or Rn/duration (R3/PT1M)") @DefaultValue("PT30S,PT2M,PT10M") String retrySchedule,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("PT30S") Duration smtpProbeInterval) {

	/**
	 * Camunda's failed-job retry cycle: an interval list, or a repeat count and one
	 * interval.
	 */
	static final String RETRY_SCHEDULE = "(P[0-9DTHMS.]+(\\s*,\\s*P[0-9DTHMS.]+)*)|(R[1-9][0-9]*/P[0-9DTHMS.]+)";

	/**
	 * The bounds of one outbound call. {@code connect}, {@code read} and {@code write}
	 * bound each socket operation; {@code send} bounds a whole send (an SMTP session, an
	 * SMS provider request), so a server that answers every line slowly cannot keep a job
	 * longer. At most 30 s: the engine locks a job for 60 s and one job sends at most two
	 * messages.
	 */
	public record Timeouts(@NotNull @DurationMin(millis = 100) @DefaultValue("PT5S") Duration connect,
			@NotNull @DurationMin(millis = 100) @DefaultValue("PT10S") Duration read,
			@NotNull @DurationMin(millis = 100) @DefaultValue("PT10S") Duration write,
			@NotNull @DurationMin(millis = 100) @DurationMax(seconds = 30) @DefaultValue("PT20S") Duration send) {

		@AssertTrue(message = "password-center.notification.timeouts: connect, read and write must not exceed send")
		boolean isEachWithinSend() {
			return this.send == null || ((this.connect == null || this.connect.compareTo(this.send) <= 0)
					&& (this.read == null || this.read.compareTo(this.send) <= 0)
					&& (this.write == null || this.write.compareTo(this.send) <= 0));
		}

	}

	/** The no-reply sender of every mail (R-REISSUE-6). */
	public record Mail(@NotBlank @Email @DefaultValue("no-reply@brokerage.example") String from,
			@NotBlank @DefaultValue("凱基證券") String fromName) {
	}

	/**
	 * Twilio Messages API. {@code baseUrl} replaces {@code https://api.twilio.com} (the
	 * SDK has no such setting): a WireMock in tests, or {@code inproc:} for the demo SMS
	 * sink that answers inside the app.
	 */
	public record Twilio(@NotBlank(
			message = "password-center.notification.twilio.account-sid must be set (env PASSWORD_CENTER_TWILIO_ACCOUNT_SID)") String accountSid,
			@NotBlank(
					message = "password-center.notification.twilio.auth-token must be set (env PASSWORD_CENTER_TWILIO_AUTH_TOKEN)") String authToken,
			@NotBlank(
					message = "password-center.notification.twilio.from-number must be set (env PASSWORD_CENTER_TWILIO_FROM_NUMBER)") String fromNumber,
			@Pattern(regexp = "|inproc:|https?://\\S+",
					message = "password-center.notification.twilio.base-url must be http(s)://... or inproc:") String baseUrl) {

		static final String IN_PROCESS = "inproc:";

		boolean inProcess() {
			return IN_PROCESS.equals(this.baseUrl);
		}

		boolean rebased() {
			return this.baseUrl != null && !this.baseUrl.isBlank() && !inProcess();
		}

	}

	/**
	 * The PKCS#12 key store holding the mail-signing key and certificate. Only the demo
	 * profile sets {@code generateIfMissing}, which creates a self-signed one on first
	 * start.
	 */
	public record Smime(@NotBlank(
			message = "password-center.notification.smime.key-store must be set (env PASSWORD_CENTER_MAIL_SIGNING_KEY_STORE)") String keyStore,
			@NotBlank(
					message = "password-center.notification.smime.key-store-password must be set (env PASSWORD_CENTER_MAIL_SIGNING_PASSWORD)") String keyStorePassword,
			@NotBlank @DefaultValue("mail-signing") String keyAlias, @DefaultValue("false") boolean generateIfMissing) {
	}

}
