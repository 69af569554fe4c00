package com.brokerage.passwordcenter.analytics;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The roll-up's duration buckets against {@code percentile_cont} on the same durations:
 * every p50 / p90 within {@link DurationHistogram#MAX_RELATIVE_ERROR} (and the rounding
 * to a millisecond), never above the max.
 */
class DurationHistogramTest {

	@Test
	@DisplayName("p50 / p90 from the buckets within 4.9 % of percentile_cont, for 2,000 random sets of durations")
	void withinTheError() {
		SplittableRandom random = new SplittableRandom(42);
		for (int set = 0; set < 2_000; set++) {
			long[] durations = new long[1 + random.nextInt(300)];
			// from 0 ms to about a day, spread over orders of magnitude
			double scale = Math.pow(10, random.nextDouble(0, 8));
			for (int i = 0; i < durations.length; i++) {
				durations[i] = (random.nextInt(20) == 0) ? 0 : Math.round(scale * random.nextDouble(0.2, 3));
			}
			DurationHistogram histogram = new DurationHistogram();
			for (long duration : durations) {
				histogram.add(DurationHistogram.bucket(duration), 1);
				histogram.max(duration);
			}
			Arrays.sort(durations);
			for (double fraction : new double[] { 0.5, 0.9 }) {
				double exact = percentileCont(durations, fraction);
				assertThat((double) histogram.percentile(fraction))
					.isCloseTo(exact, within(exact * DurationHistogram.MAX_RELATIVE_ERROR + 0.5))
					.isLessThanOrEqualTo(durations[durations.length - 1]);
			}
			assertThat(histogram.total()).isEqualTo(durations.length);
		}
	}

	@Test
	@DisplayName("a bucket holds [1.1^(b-1), 1.1^b) ms; its middle is within 4.9 % of each value in it")
	void buckets() {
		assertThat(DurationHistogram.bucket(0)).isZero();
		assertThat(DurationHistogram.bucket(1)).isEqualTo(1);
		for (long millis = 1; millis < 100_000_000; millis = millis * 3 / 2 + 1) {
			double middle = DurationHistogram.middle(DurationHistogram.bucket(millis));
			assertThat(Math.abs(middle - millis) / millis).isLessThanOrEqualTo(DurationHistogram.MAX_RELATIVE_ERROR);
		}
	}

	/**
	 * SQL's percentile_cont: linear between the values at the two ranks around fraction ×
	 * (n − 1).
	 */
	private static double percentileCont(long[] sorted, double fraction) {
		double position = fraction * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

}
