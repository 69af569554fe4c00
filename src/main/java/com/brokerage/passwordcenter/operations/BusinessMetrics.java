package com.brokerage.passwordcenter.operations;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business counters operators watch (docs/operations.md), in one place so meter names
 * and tags are not scattered. Prometheus shows them as
 * {@code password_center_<name>_total}. Counters of a change count once it commits (a
 * retried job or a rolled back step counts nothing); failures count at once.
 */
@Component
public class BusinessMetrics {

	static final String PREFIX = "password.center.";

	/** How a journey ended, each a counter of its own. */
	public enum Ending {

		/** The customer reached the goal. */
		COMPLETED,
		/** A timer ended it: the passcode, the emailed link, a step left unfinished. */
		EXPIRED,
		/** Any other end: cancelled, passcode voided, refused. */
		STOPPED

	}

	private final MeterRegistry registry;

	public BusinessMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** {@code flow} is the process id, e.g. {@code reissue-with-certificate}. */
	public void journeyStarted(String flow) {
		afterCommit(counter("journeys.started", "Customer journeys started", "flow", flow));
	}

	public void journeyEnded(String flow, Ending ending, String outcome) {
		String name = "journeys." + ending.name().toLowerCase(Locale.ROOT);
		afterCommit(counter(name, "Customer journeys ended, by flow and outcome", "flow", flow, "outcome", outcome));
	}

	/** A wrong, voided or expired passcode entry (R-REISSUE-8). */
	public void passcodeFailure(String outcome) {
		afterCommit(counter("passcode.failures", "Passcode entries refused", "outcome", outcome));
	}

	/** A login locked by failures (R-LOGIN-2/4); {@code reason} is the lock reason. */
	public void lockout(String reason) {
		afterCommit(counter("login.lockouts", "Logins locked by failed passwords", "reason", reason));
	}

	/** A lock lifted (R-LOGIN-3): online or by customer service. */
	public void unlock(String channel) {
		afterCommit(counter("login.unlocks", "Login locks lifted", "channel", channel));
	}

	/** A refused step 1 of a reissue (R-REISSUE-2). */
	public void dailyLimitRefusal() {
		counter("reissue.daily.limit.refusals", "Reissue applications refused by the daily limit").increment();
	}

	/**
	 * An SMS or mail that could not be sent; counted at once, as its job rolls back and
	 * is retried.
	 */
	public void notificationFailure(String channel, String purpose) {
		counter("notification.failures", "Notifications that failed to send", "channel", channel, "purpose", purpose)
			.increment();
	}

	private Counter counter(String name, String description, String... tags) {
		return Counter.builder(PREFIX + name).description(description).tags(tags).register(this.registry);
	}

	private static void afterCommit(Counter counter) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}

}
