package com.brokerage.passwordcenter.notification;

import java.time.Duration;
import java.util.Locale;

import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;

import org.springframework.stereotype.Component;

/**
 * Sends a passcode by the channel the customer chose: SMS through Twilio or a signed
 * email.
 */
@Component
class PasscodeDelivery implements PasscodeSender {

	private final SmsSender sms;

	private final EmailSender email;

	PasscodeDelivery(SmsSender sms, EmailSender email) {
		this.sms = sms;
		this.email = email;
	}

	@Override
	public void send(PasscodeRecipient recipient, String code, Duration validity, Locale locale) {
		switch (recipient.channel()) {
			case SMS -> this.sms.sendPasscodeSms(recipient.destination(), code, validity, locale);
			case EMAIL -> this.email.sendPasscodeEmail(recipient.destination(), code, validity, locale);
		}
	}

}
