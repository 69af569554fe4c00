package com.brokerage.passwordcenter.passcode;

/**
 * Delivers a passcode by SMS or email. Throws when the delivery fails, so the sending job
 * is retried and ends as an incident (never swallowed).
 */
public interface PasscodeSender {

	void send(PasscodeRecipient recipient, String code);

}
