package com.brokerage.passwordcenter.unify;

import java.time.Instant;
import java.util.Locale;

/**
 * Tells the customer that the passwords were unified, one channel per call, so an
 * unexpected unification is noticed and a failure on one channel never repeats the other.
 * Throws when a send fails: the job is retried and then becomes an incident.
 */
public interface PasswordsUnifiedNotifier {

	void byEmail(String email, String customerName, Instant unifiedAt, Locale locale);

	void bySms(String mobile, Instant unifiedAt, Locale locale);

}
