package com.brokerage.passwordcenter.notification;

import java.time.Instant;
import java.util.Locale;

import com.brokerage.passwordcenter.unify.PasswordsUnifiedNotifier;

import org.springframework.stereotype.Component;

/**
 * "Your passwords were unified", one channel per call: each is its own retried job, so a
 * failed SMS never sends the email again.
 */
@Component
class PasswordsUnifiedDelivery implements PasswordsUnifiedNotifier {

	private final SmsSender sms;

	private final EmailSender email;

	PasswordsUnifiedDelivery(SmsSender sms, EmailSender email) {
		this.sms = sms;
		this.email = email;
	}

	@Override
	public void byEmail(String email, String customerName, Instant unifiedAt, Locale locale) {
		this.email.sendPasswordsUnifiedEmail(email, customerName, unifiedAt, locale);
	}

	@Override
	public void bySms(String mobile, Instant unifiedAt, Locale locale) {
		this.sms.sendPasswordsUnifiedSms(mobile, unifiedAt, locale);
	}

}
