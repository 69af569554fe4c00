package com.brokerage.passwordcenter.notification;

import java.time.Instant;

import com.brokerage.passwordcenter.unify.PasswordsUnifiedNotifier;

import org.springframework.stereotype.Component;

/**
 * "Your passwords were unified" by email and by SMS, to whatever is on file. A retry
 * after a failed SMS sends the email again — a duplicate notice is harmless, a missing
 * one is not.
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
	public void passwordsUnified(String name, String mobile, String email, Instant unifiedAt) {
		if (email != null) {
			this.email.sendPasswordsUnifiedEmail(email, name, unifiedAt);
		}
		if (mobile != null) {
			this.sms.sendPasswordsUnifiedSms(mobile, unifiedAt);
		}
	}

}
