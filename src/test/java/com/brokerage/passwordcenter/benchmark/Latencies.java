package com.brokerage.passwordcenter.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one run, in nanoseconds, and what the report shows of them. */
final class Latencies {

	private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

	void add(long nanos) {
		this.nanos.add(nanos);
	}

	int count() {
		return this.nanos.size();
	}

	/** The p-th percentile in milliseconds (nearest rank). */
	double percentileMs(double p) {
		List<Long> sorted;
		synchronized (this.nanos) {
			sorted = new ArrayList<>(this.nanos);
		}
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
	}

}
