package com.brokerage.passwordcenter.notification;

/**
 * A send that did not happen. Thrown, never swallowed, so the async job that sent it is
 * retried and ends as an incident in Cockpit. The message names the masked recipient and
 * the kind of failure only, and carries no cause: a provider's message may quote the full
 * phone number or address, and the engine keeps the whole stack trace of a failed job.
 */
public class NotificationException extends RuntimeException {

	NotificationException(String message) {
		super(message, null, false, true);
	}

}
