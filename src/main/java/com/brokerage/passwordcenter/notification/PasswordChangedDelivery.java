package com.brokerage.passwordcenter.notification;

import com.brokerage.passwordcenter.reissue.PasswordChangedNotice;
import com.brokerage.passwordcenter.reissue.PasswordChangedNotifier;

import org.springframework.stereotype.Component;

/**
 * "Your password was changed" (NIST SP 800-63B: notify on credential change), one channel
 * per call: each is its own retried job, so a failed SMS never sends the email again.
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
	public void byEmail(String email, String customerName, PasswordChangedNotice notice) {
		this.email.sendPasswordChangedEmail(email, customerName, notice.changed(), notice.changedAt(), notice.locale());
	}

	@Override
	public void bySms(String mobile, PasswordChangedNotice notice) {
		this.sms.sendPasswordChangedSms(mobile, notice.changed(), notice.changedAt(), notice.locale());
	}

}
