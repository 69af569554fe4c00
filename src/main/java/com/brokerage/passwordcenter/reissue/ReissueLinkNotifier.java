package com.brokerage.passwordcenter.reissue;

import java.time.Instant;

/**
 * Mails the verification link of a reissue without certificate (R-REISSUE-6). Throws when
 * the send fails: the job is retried and then becomes an incident.
 */
public interface ReissueLinkNotifier {

	/**
	 * @param sitePath the link's path and query on our site, token included; never logged
	 */
	void sendReissueLink(String email, String customerName, Instant appliedAt, String sitePath);

}
