package com.brokerage.passwordcenter.analytics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in log buckets of ratio 1.1 (bucket 0 holds 0 ms, bucket b &ge; 1 holds
 * [1.1<sup>b-1</sup>, 1.1<sup>b</sup>) ms), as the roll-up keeps them. A bucket's middle
 * 1.1<sup>b-½</sup> is within {@value #MAX_RELATIVE_ERROR} (relative) of every value in
 * it, and so is a percentile read from the buckets, since it interpolates between two
 * such values the way {@code percentile_cont} does.
 */
final class DurationHistogram {

	static final double RATIO = 1.1;

	/** √1.1 − 1: the largest relative distance of a value from its bucket's middle. */
	static final double MAX_RELATIVE_ERROR = 0.0489;

	private static final double LOG_RATIO = Math.log(RATIO);

	private final TreeMap<Integer, Long> counts = new TreeMap<>();

	private long total;

	private long max;

	static int bucket(long millis) {
		return (millis <= 0) ? 0 : 1 + (int) Math.floor(Math.log(millis) / LOG_RATIO);
	}

	static double middle(int bucket) {
		return (bucket == 0) ? 0 : Math.pow(RATIO, bucket - 0.5);
	}

	void add(int bucket, long executions) {
		this.counts.merge(bucket, executions, Long::sum);
		this.total += executions;
	}

	void max(long millis) {
		this.max = Math.max(this.max, millis);
	}

	long total() {
		return this.total;
	}

	long max() {
		return this.max;
	}

	/**
	 * {@code percentile_cont(fraction)}: the value at position fraction × (n − 1) of the
	 * sorted durations, linear between its two neighbours, each read as its bucket's
	 * middle (at most the exact maximum).
	 */
	long percentile(double fraction) {
		if (this.total == 0) {
			return 0;
		}
		double position = fraction * (this.total - 1);
		long below = (long) Math.floor(position);
		double lower = valueAt(below);
		double upper = valueAt(Math.min(below + 1, this.total - 1));
		return Math.round(lower + (position - below) * (upper - lower));
	}

	/**
	 * The middle of the bucket holding the {@code rank}-th smallest duration (from 0).
	 */
	private double valueAt(long rank) {
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : this.counts.entrySet()) {
			seen += bucket.getValue();
			if (rank < seen) {
				return Math.min(middle(bucket.getKey()), this.max);
			}
		}
		return this.max;
	}

}
