package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phase of {@code bench/run} in a few seconds each, on H2, so a phase that breaks
 * (a changed API, a renamed table output, a sink that moved) fails the build instead of
 * the next benchmark run. Tiny sizes, nothing timed: it checks that each phase ran to its
 * end and wrote its rows (into target/, never docs/).
 */
class BenchmarkSmokeIT {

	private final Map<String, String> previous = new HashMap<>();

	@Test
	@DisplayName("bench/run smoke on H2: hash floor, login shapes, logins, journeys, waiting timers, idle lateness, import")
	void everyPhaseRunsToItsEnd() throws Exception {
		Path output = Path.of("target", "bench-smoke").toAbsolutePath();
		tiny(output);
		set("bench.import-customers", "20");
		new PasswordCenterBenchmark().benchmark();
		String results = Files.readString(output.resolve("results.md"));
		assertThat(results).contains("## Hash floor", "## Login timing by customer shape", "## Logins",
				"## Reissue journeys", "reissue applications waiting on their link timer", "## Idle timer lateness",
				"## Customer import");
		assertThat(results).doesNotContain("not within the wait");
		assertThat(Files.readAllLines(output.resolve("journeys.csv"))).hasSize(3);
	}

	/** Sizes small enough for seconds per phase (Settings and the phases read them). */
	void tiny(Path output) {
		set("bench.output", output.toString());
		// four app starts that only time themselves; DemoProfileIT starts the jar too
		set("bench.start-ups", "false");
		set("bench.floor-seconds", "1");
		set("bench.login-shape-attempts", "2");
		set("bench.login-customers", "10");
		set("bench.warm-up-logins", "5");
		set("bench.logins-1", "3");
		set("bench.logins-8", "8");
		set("bench.logins-50", "10");
		set("bench.device-customers", "4");
		set("bench.warm-up-journeys", "2");
		set("bench.journeys-1", "1");
		set("bench.journeys-8", "4");
		set("bench.timers", "10");
		set("bench.timer-clients", "2");
		set("bench.link-validity", "PT30S");
		set("bench.expiry-wait-minutes", "3");
		set("bench.idle-timers", "3");
		set("bench.idle-first-due-seconds", "5");
		set("bench.port", String.valueOf(freePort()));
	}

	void set(String name, String value) {
		this.previous.putIfAbsent(name, System.getProperty(name));
		System.setProperty(name, value);
	}

	@AfterEach
	void restore() {
		this.previous.forEach((name, value) -> {
			if (value == null) {
				System.clearProperty(name);
			}
			else {
				System.setProperty(name, value);
			}
		});
	}

	/** A free port with a free neighbour or three (a node's mail sink, a second node). */
	static int freePort() {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				int port = socket.getLocalPort();
				if (port < 65_000 && free(port + 1) && free(port + 2) && free(port + 3)) {
					return port;
				}
			}
			catch (java.io.IOException ex) {
				// try another
			}
		}
		throw new IllegalStateException("no free ports");
	}

	private static boolean free(int port) {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
