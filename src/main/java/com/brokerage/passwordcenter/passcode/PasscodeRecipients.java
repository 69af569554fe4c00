package com.brokerage.passwordcenter.passcode;

/**
 * Looks up where an application's passcode goes; the journey that owns the application
 * answers.
 */
public interface PasscodeRecipients {

	PasscodeRecipient recipientOf(String applicationId);

}
