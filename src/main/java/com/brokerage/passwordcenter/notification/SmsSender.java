package com.brokerage.passwordcenter.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Text messages through the Twilio Messages API, worded by
 * {@code notifications*.properties} in the customer's language. Every failure throws a
 * {@link NotificationException} so the calling job is retried (style.md, habit 6).
 */
@Component
public class SmsSender {

	private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

	private static final Pattern TAIWAN_MOBILE = Pattern.compile("09\\d{8}");

	private static final Pattern E164_TAIWAN_MOBILE = Pattern.compile("\\+8869\\d{8}");

	private static final Pattern PASSCODE = Pattern.compile("\\d{6,10}");

	private final TwilioRestClient twilio;

	private final PhoneNumber from;

	private final NoticeTexts texts;

	private final BusinessMetrics metrics;

	SmsSender(TwilioRestClient twilio, NotificationProperties properties, NoticeTexts texts, BusinessMetrics metrics) {
		this.twilio = twilio;
		this.from = new PhoneNumber(properties.twilio().fromNumber());
		this.texts = texts;
		this.metrics = metrics;
	}

	/**
	 * R-REISSUE-4, R-REISSUE-7: the 7-digit temporary passcode, in the manual's words.
	 * @param mobile the mobile on file, {@code 0912345678} or {@code +886912345678}
	 * @param code the passcode in clear; used for this text only, never logged
	 * @param validity how long the code is valid: the stored expiry minus the send time
	 */
	public void sendPasscodeSms(String mobile, String code, Duration validity, Locale locale) {
		if (code == null || !PASSCODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A passcode is 6 to 10 digits (the passcode table, 7 as shipped)");
		}
		send(mobile, passcodeText(code, validity, locale), "passcode");
	}

	/**
	 * After a reissue or a change: tells the owner of the mobile on file which passwords
	 * changed and when; they can call customer service if it was not them.
	 * @param changedAt the moment of the change (not of this send)
	 */
	public void sendPasswordChangedSms(String mobile, Set<ChangedPassword> changed, Instant changedAt, Locale locale) {
		send(mobile, passwordChangedText(changed, changedAt, locale), "password-changed");
	}

	/**
	 * R-OPS-2: the initial password of an in-branch reissue goes to the mobile on file,
	 * never through Tasklist. In zh-TW: the customer is at a branch, no language was
	 * chosen.
	 * @param initialPassword in clear; used for this text only, never logged
	 */
	public void sendBranchInitialPasswordSms(String mobile, String initialPassword) {
		send(mobile, branchInitialPasswordText(initialPassword, CustomerLanguage.ZH_TW), "branch-initial-password");
	}

	/**
	 * R-UNIFY-2: tells the owner of the mobile on file that the passwords were unified.
	 */
	public void sendPasswordsUnifiedSms(String mobile, Instant unifiedAt, Locale locale) {
		send(mobile, passwordsUnifiedText(unifiedAt, locale), "passwords-unified");
	}

	String passcodeText(String code, Duration validity, Locale locale) {
		return this.texts.text("sms.passcode", locale, this.texts.companyName(locale), code,
				this.texts.duration(validity, locale));
	}

	String passwordChangedText(Set<ChangedPassword> changed, Instant changedAt, Locale locale) {
		return this.texts.text("sms.passwordChanged", locale, this.texts.companyName(locale),
				this.texts.passwords(changed, locale), this.texts.minute(changedAt), this.texts.customerServicePhone());
	}

	String passwordsUnifiedText(Instant unifiedAt, Locale locale) {
		return this.texts.text("sms.passwordsUnified", locale, this.texts.companyName(locale),
				this.texts.minute(unifiedAt), this.texts.customerServicePhone());
	}

	String branchInitialPasswordText(String initialPassword, Locale locale) {
		return this.texts.text("sms.branchInitialPassword", locale, this.texts.companyName(locale), initialPassword,
				this.texts.customerServicePhone());
	}

	private void send(String mobile, String body, String purpose) {
		String e164 = e164(mobile);
		// one masked form in logs and errors, whichever form the caller passed
		String masked = Masking.mobile("0" + e164.substring(4));
		PhoneNumber to = new PhoneNumber(e164);
		Message message;
		try {
			message = Message.creator(to, this.from, body).create(this.twilio);
		}
		catch (ApiException ex) {
			this.metrics.notificationFailure("sms", purpose);
			// also the SDK's connection failures, which have no status
			throw new NotificationException("SMS " + purpose + " to " + masked + " failed: "
					+ ((ex.getStatusCode() != null) ? "Twilio status " + ex.getStatusCode() + ", error " + ex.getCode()
							: "no answer from the SMS gateway"));
		}
		catch (RuntimeException ex) {
			this.metrics.notificationFailure("sms", purpose);
			throw new NotificationException(
					"SMS " + purpose + " to " + masked + " failed: " + ex.getClass().getSimpleName());
		}
		log.info("SMS {} sent to {} (sid {}, status {})", purpose, masked, message.getSid(), message.getStatus());
	}

	/** {@code 0912345678 → +886912345678}; other numbers are refused before any send. */
	static String e164(String mobile) {
		if (mobile != null && TAIWAN_MOBILE.matcher(mobile).matches()) {
			return "+886" + mobile.substring(1);
		}
		if (mobile != null && E164_TAIWAN_MOBILE.matcher(mobile).matches()) {
			return mobile;
		}
		throw new IllegalArgumentException("Not a Taiwan mobile number: " + Masking.mobile(mobile));
	}

}
