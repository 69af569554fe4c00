package com.brokerage.passwordcenter.operations;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.brokerage.passwordcenter.common.DatabaseCheck;
import com.brokerage.passwordcenter.common.DatabaseProperties;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health (and so readiness, which includes it): the last result of a probe
 * that runs on its own thread every {@code password-center.database.health-interval},
 * taking a pooled connection and checking it ({@link DatabaseCheck}). Health itself never
 * touches the database, so it answers at once even while the database hangs; a probe that
 * has not come back in time counts as DOWN. Replaces Spring Boot's {@code db} indicator
 * of the same name, which would wait for the pool.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, SmartLifecycle {

	private final DatabaseCheck database;

	private final DatabaseProperties properties;

	private volatile Probe last = new Probe(false, Instant.EPOCH, "not probed yet");

	private ScheduledExecutorService probes;

	DatabaseHealth(DatabaseCheck database, DatabaseProperties properties) {
		this.database = database;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Probe probe = this.last;
		// the probe's own bounds (pool wait, check) plus two intervals
		long overdueMillis = this.properties.poolWait().toMillis() + this.properties.validationTimeout().toMillis()
				+ 2 * this.properties.healthInterval().toMillis();
		boolean fresh = probe.at().plusMillis(overdueMillis).isAfter(Instant.now());
		Health.Builder health = (probe.up() && fresh) ? Health.up() : Health.down();
		health.withDetail("checkedAt", probe.at().toString());
		if (!probe.up()) {
			health.withDetail("error", probe.error());
		}
		else if (!fresh) {
			health.withDetail("error", "probe overdue");
		}
		return health.build();
	}

	void probe() {
		String problem = this.database.problem();
		this.last = new Probe(problem == null, Instant.now(), problem);
	}

	@Override
	public void start() {
		probe();
		this.probes = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "db-health-probe");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.healthInterval().toMillis();
		this.probes.scheduleWithFixedDelay(this::probe, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.probes != null) {
			this.probes.shutdownNow();
			this.probes = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.probes != null;
	}

	private record Probe(boolean up, Instant at, String error) {
	}

}
