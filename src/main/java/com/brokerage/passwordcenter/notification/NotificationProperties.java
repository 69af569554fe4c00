package com.brokerage.passwordcenter.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail, SMS and the S/MIME signing key, under {@code password-center.notification.*}.
 * Credentials have no default outside the demo profile, so a misconfigured node fails at
 * start-up rather than at its first send.
 *
 * @param siteBaseUrl the start of every link we mail; a link elsewhere is refused
 */
@Validated
@ConfigurationProperties("password-center.notification")
public record NotificationProperties(@Valid @DefaultValue Mail mail,
		@NotBlank @Pattern(
				regexp = "https?://[^\\s/]+(/\\S*)?") @DefaultValue("https://localhost:8443") String siteBaseUrl,
		@Valid @DefaultValue Twilio twilio, @Valid @DefaultValue Smime smime) {

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
