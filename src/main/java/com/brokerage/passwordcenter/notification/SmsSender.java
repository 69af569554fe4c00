package com.brokerage.passwordcenter.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
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
 * Text messages through the Twilio Messages API. Every failure throws a
 * {@link NotificationException} so the calling job is retried (style.md, habit 6).
 */
@Component
public class SmsSender {

	private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

	private static final Pattern TAIWAN_MOBILE = Pattern.compile("09\\d{8}");

	private static final Pattern E164_TAIWAN_MOBILE = Pattern.compile("\\+8869\\d{8}");

	private static final Pattern PASSCODE = Pattern.compile("\\d{7}");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private final TwilioRestClient twilio;

	private final PhoneNumber from;

	private final NotificationProperties properties;

	private final PasswordCenterProperties center;

	private final BusinessMetrics metrics;

	SmsSender(TwilioRestClient twilio, NotificationProperties properties, PasswordCenterProperties center,
			BusinessMetrics metrics) {
		this.twilio = twilio;
		this.from = new PhoneNumber(properties.twilio().fromNumber());
		this.properties = properties;
		this.center = center;
		this.metrics = metrics;
	}

	/**
	 * R-REISSUE-4, R-REISSUE-7: the 7-digit temporary passcode, in the manual's words.
	 * @param mobile the mobile on file, {@code 0912345678} or {@code +886912345678}
	 * @param code the passcode in clear; used for this text only, never logged
	 */
	public void sendPasscodeSms(String mobile, String code) {
		if (code == null || !PASSCODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A passcode is 7 digits");
		}
		send(mobile, passcodeText(code), "passcode");
	}

	/**
	 * After a reissue or a change: tells the owner of the mobile on file, who can call
	 * customer service if it was not them.
	 */
	public void sendPasswordChangedSms(String mobile, Instant changedAt) {
		send(mobile, passwordChangedText(changedAt), "password-changed");
	}

	/**
	 * R-OPS-2: the initial password of an in-branch reissue goes to the mobile on file,
	 * never through Tasklist.
	 * @param initialPassword in clear; used for this text only, never logged
	 */
	public void sendBranchInitialPasswordSms(String mobile, String initialPassword) {
		send(mobile, branchInitialPasswordText(initialPassword), "branch-initial-password");
	}

	String branchInitialPasswordText(String initialPassword) {
		PasswordCenterProperties.Branding branding = this.center.branding();
		return branding.companyName() + "臨櫃密碼補發之初始密碼為" + initialPassword + "，請以此密碼登入後儘速變更密碼。若非本人申請，請立即洽客服專線"
				+ branding.customerServicePhone() + "。";
	}

	/**
	 * R-UNIFY-2: tells the owner of the mobile on file that the passwords were unified.
	 */
	public void sendPasswordsUnifiedSms(String mobile, Instant unifiedAt) {
		send(mobile, passwordsUnifiedText(unifiedAt), "passwords-unified");
	}

	String passcodeText(String code) {
		return this.center.branding().companyName() + "線上密碼補發之簡訊通行碼為" + code + "，請於申請後"
				+ this.properties.passcodeValidity().toMinutes() + "分鐘內完成驗證，且限專屬帳號。";
	}

	String passwordChangedText(Instant changedAt) {
		PasswordCenterProperties.Branding branding = this.center.branding();
		return branding.companyName() + "通知：您的電子登入密碼已於" + MINUTE.format(changedAt.atZone(this.center.zone()))
				+ "變更成功。若非本人操作，請立即洽客服專線" + branding.customerServicePhone() + "。";
	}

	String passwordsUnifiedText(Instant unifiedAt) {
		PasswordCenterProperties.Branding branding = this.center.branding();
		return branding.companyName() + "通知：您的網路登入密碼已於" + MINUTE.format(unifiedAt.atZone(this.center.zone()))
				+ "完成歸戶，所有帳號請以新密碼登入。若非本人操作，請立即洽客服專線" + branding.customerServicePhone() + "。";
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
