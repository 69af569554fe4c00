package com.brokerage.passwordcenter.passcode;

/**
 * Where the passcode of an application goes: the channel the customer chose and the
 * contact on file for it.
 */
public record PasscodeRecipient(PasscodeChannel channel, String destination) {

}
