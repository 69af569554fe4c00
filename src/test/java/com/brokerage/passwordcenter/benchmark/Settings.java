package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark's sizes, each a system property ({@code mvn -B verify -Pbenchmark
 * -Dbench.timers=10000}). The defaults are the published run; smaller ones make a quick
 * check.
 */
record Settings(Path output, int port, double floorSeconds, int loginCustomers, int warmUpLogins,
		List<Integer> loginConcurrency, int deviceCustomers, List<Integer> journeyConcurrency, int timers,
		int timerClients, Duration linkValidity, int expiryWaitMinutes) {

	static Settings fromSystemProperties() {
		return new Settings(Path.of(System.getProperty("bench.output", "docs/benchmarks")),
				integer("bench.port", 18443), Double.parseDouble(System.getProperty("bench.floor-seconds", "10")),
				integer("bench.login-customers", 200), integer("bench.warm-up-logins", 100), List.of(1, 8, 50),
				integer("bench.device-customers", 60), List.of(1, 8), integer("bench.timers", 10_000),
				integer("bench.timer-clients", 8), Duration.parse(System.getProperty("bench.link-validity", "PT5M")),
				integer("bench.expiry-wait-minutes", 10));
	}

	/** Enough logins per level for stable percentiles, bounded so the run stays short. */
	int loginsPer(int clients) {
		return switch (clients) {
			case 1 -> integer("bench.logins-1", 60);
			case 8 -> integer("bench.logins-8", 300);
			default -> integer("bench.logins-50", 500);
		};
	}

	int journeysPer(int clients) {
		return (clients == 1) ? integer("bench.journeys-1", 10) : integer("bench.journeys-8", 120);
	}

	/**
	 * {@code -Dbench.start-ups=false} leaves out the start-up measurements (quicker
	 * runs).
	 */
	boolean startUps() {
		return Boolean.parseBoolean(System.getProperty("bench.start-ups", "true"));
	}

	/**
	 * {@code -Dbench.profile=true} records the loaded app with Java Flight Recorder into
	 * {@code target/bench/load/app.jfr} (open it in JDK Mission Control, or
	 * {@code jfr print}).
	 */
	boolean profile() {
		return Boolean.parseBoolean(System.getProperty("bench.profile", "false"));
	}

	/**
	 * {@code -Dbench.login-shapes=false} leaves out the login timing by customer shape
	 * (issue 16).
	 */
	boolean loginShapes() {
		return Boolean.parseBoolean(System.getProperty("bench.login-shapes", "true"));
	}

	/**
	 * Wrong-password attempts per shape, interleaved
	 * ({@code bench.login-shape-attempts}).
	 */
	int loginShapeAttempts() {
		return integer("bench.login-shape-attempts", 100);
	}

	/**
	 * {@code -Dbench.load=false} leaves out the loaded run (logins, journeys, waiting
	 * timers): a quick run of the phases before it.
	 */
	boolean load() {
		return Boolean.parseBoolean(System.getProperty("bench.load", "true"));
	}

	/**
	 * {@code -Dbench.nodes=2}: the loaded run on two nodes on one PostgreSQL database
	 * (with {@code -Dbench.database=postgres}).
	 */
	int nodes() {
		return integer("bench.nodes", 1);
	}

	int warmUpJourneys() {
		return integer("bench.warm-up-journeys", 20);
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
	}

}
