package com.brokerage.passwordcenter.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on a fixed number of threads, results in order; a failure of any fails the run.
 * Used for the timed load and for preparation (solving captchas) alike.
 */
final class Parallel {

	private Parallel() {
	}

	static <T> List<T> all(int threads, List<Callable<T>> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<T> results = new ArrayList<>();
			for (Future<T> result : pool.invokeAll(work)) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
