package com.brokerage.passwordcenter.passcode;

/**
 * Where a passcode goes: the mobile or the email on file (R-REISSUE-4 lets the customer
 * pick one).
 */
public enum PasscodeChannel {

	SMS, EMAIL

}
