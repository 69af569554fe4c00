package com.brokerage.passwordcenter.reissue;

/**
 * Tells the customer that passwords were changed, one channel per call, so an unexpected
 * change is noticed and a failure on one channel never repeats the other. Throws when a
 * send fails: the job is retried and then becomes an incident.
 */
public interface PasswordChangedNotifier {

	void byEmail(String email, String customerName, PasswordChangedNotice notice);

	void bySms(String mobile, PasswordChangedNotice notice);

}
