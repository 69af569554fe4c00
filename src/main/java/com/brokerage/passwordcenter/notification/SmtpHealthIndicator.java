package com.brokerage.passwordcenter.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Health {@code mail}, in place of Spring's (which connects to SMTP on every call, so a
 * hung relay hung {@code /actuator/health}): a background thread runs Spring's check
 * every {@code smtp-probe-interval}, itself bounded by the SMTP timeouts, and health
 * answers at once from the last result, saying when it was taken. While a probe is
 * overdue the answer says since when.
 */
@Component("mailHealthIndicator")
class SmtpHealthIndicator implements HealthIndicator, DisposableBean {

	private final MailHealthIndicator probe;

	private final Clock clock = Clock.systemUTC();

	private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "smtp-health-probe");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration overdue;

	private volatile Health last = Health.unknown().withDetail("probe", "not run yet").build();

	private volatile Instant probing;

	SmtpHealthIndicator(JavaMailSenderImpl mailSender, NotificationProperties properties) {
		this.probe = new MailHealthIndicator(mailSender);
		this.overdue = properties.timeouts().send();
		long every = properties.smtpProbeInterval().toMillis();
		this.prober.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public Health health() {
		Instant started = this.probing;
		if (started != null && started.plus(this.overdue).isBefore(this.clock.instant())) {
			return Health.status(this.last.getStatus())
				.withDetails(this.last.getDetails())
				.withDetail("probeRunningSince", started.toString())
				.build();
		}
		return this.last;
	}

	private void refresh() {
		this.probing = this.clock.instant();
		Health health;
		try {
			health = this.probe.health();
		}
		catch (RuntimeException ex) {
			health = Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
		this.last = Health.status(health.getStatus())
			.withDetails(health.getDetails())
			.withDetail("checkedAt", this.clock.instant().toString())
			.build();
		this.probing = null;
	}

	@Override
	public void destroy() {
		this.prober.shutdownNow();
	}

}
