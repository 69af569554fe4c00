package com.brokerage.passwordcenter.passcode;

import java.time.Duration;
import java.util.Locale;

/**
 * Delivers a passcode by SMS or email. Throws when the delivery fails, so the sending job
 * is retried and ends as an incident (never swallowed).
 */
public interface PasscodeSender {

	/**
	 * @param validity what the text states: the stored expiry minus the send time, so
	 * text, check, countdown and timer come from one setting
	 * @param locale the journey's language
	 */
	void send(PasscodeRecipient recipient, String code, Duration validity, Locale locale);

}
