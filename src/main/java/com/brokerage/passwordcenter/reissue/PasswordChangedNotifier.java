package com.brokerage.passwordcenter.reissue;

import java.time.Instant;

/**
 * Tells the customer that the password was changed (email and/or SMS, whichever is on
 * file), so an unexpected change is noticed. Throws when a send fails: the job is retried
 * and then becomes an incident.
 */
public interface PasswordChangedNotifier {

	void passwordChanged(String name, String mobile, String email, Instant changedAt);

}
