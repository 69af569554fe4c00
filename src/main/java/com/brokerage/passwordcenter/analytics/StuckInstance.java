package com.brokerage.passwordcenter.analytics;

import java.time.Instant;

/**
 * A journey waiting at a step for longer than the threshold, or with an open incident.
 *
 * @param application the business key (the application id the customer was given)
 * @param customer the masked customer ID, where the application names one
 * @param incidentMessage the incident's message (our messages name the variable or the
 * kind of failure, never a secret), or {@code null} for a long wait
 * @param cockpit the instance in Cockpit, relative to the site
 */
record StuckInstance(String journey, String application, String customer, String process, String activityId,
		String stepName, Instant since, long waitingSeconds, String incidentMessage, String cockpit) {
}
