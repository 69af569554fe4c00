package com.brokerage.passwordcenter.reissue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Mails the verification link of a reissue without certificate (R-REISSUE-6). Throws when
 * the send fails: the job is retried and then becomes an incident.
 */
public interface ReissueLinkNotifier {

	/**
	 * @param sitePath the link's path and query on our site, token included; never logged
	 * @param validity how long the link works: the duration of the link timer
	 * @param locale the journey's language
	 */
	void sendReissueLink(String email, String customerName, Instant appliedAt, String sitePath, Duration validity,
			Locale locale);

}
