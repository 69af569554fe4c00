package com.brokerage.passwordcenter.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The floor: how many password checks per second the configured encoder (bcrypt, the
 * app's cost) does on this machine, with nothing else running. Run as its own JVM with
 * the app's JVM flags ({@code main}), so it measures what the app's JVM can do. A check
 * is what a login costs at least; hashing a new password costs the same.
 */
final class HashFloor {

	private HashFloor() {
	}

	/** Prints {@code threads,checksPerSecond} for one thread and for every core. */
	public static void main(String[] args) throws Exception {
		int strength = Integer.parseInt(args[0]);
		double seconds = Double.parseDouble(args[1]);
		BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(strength);
		String hash = encoder.encode("Bench1234");
		run(encoder, hash, 1, 2.0);
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf("%d,%.3f%n", 1, run(encoder, hash, 1, seconds));
		System.out.printf("%d,%.3f%n", cores, run(encoder, hash, cores, seconds));
	}

	private static double run(BCryptPasswordEncoder encoder, String hash, int threads, double seconds)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long end = System.nanoTime() + (long) (seconds * 1e9);
		List<Callable<Integer>> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			workers.add(() -> {
				int checks = 0;
				while (System.nanoTime() < end) {
					if (!encoder.matches("Bench1234", hash)) {
						throw new IllegalStateException("bcrypt check failed");
					}
					checks++;
				}
				return checks;
			});
		}
		long begin = System.nanoTime();
		int total = 0;
		for (Future<Integer> checks : pool.invokeAll(workers)) {
			total += checks.get();
		}
		double elapsed = (System.nanoTime() - begin) / 1e9;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		return total / elapsed;
	}

}
