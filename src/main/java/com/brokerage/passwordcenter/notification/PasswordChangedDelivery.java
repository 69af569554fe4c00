package com.brokerage.passwordcenter.notification;

import java.time.Instant;

import com.brokerage.passwordcenter.reissue.PasswordChangedNotifier;

import org.springframework.stereotype.Component;

/**
 * "Your password was changed" by email and by SMS, to whatever is on file (NIST SP
 * 800-63B: notify on credential change). A retry after a failed SMS sends the email again
 * — a duplicate notice is harmless, a missing one is not.
 */
@Component
class PasswordChangedDelivery implements PasswordChangedNotifier {

	private final SmsSender sms;

	private final EmailSender email;

	PasswordChangedDelivery(SmsSender sms, EmailSender email) {
		this.sms = sms;
		this.email = email;
	}

	@Override
	public void passwordChanged(String name, String mobile, String email, Instant changedAt) {
		if (email != null) {
			this.email.sendPasswordChangedEmail(email, name, changedAt);
		}
		if (mobile != null) {
			this.sms.sendPasswordChangedSms(mobile, changedAt);
		}
	}

}
