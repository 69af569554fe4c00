package com.brokerage.passwordcenter.unify;

import java.time.Instant;

/**
 * Tells the customer that the passwords were unified (email and/or SMS, whichever is on
 * file), so an unexpected unification is noticed. Throws when a send fails: the job is
 * retried and then becomes an incident.
 */
public interface PasswordsUnifiedNotifier {

	void passwordsUnified(String name, String mobile, String email, Instant unifiedAt);

}
