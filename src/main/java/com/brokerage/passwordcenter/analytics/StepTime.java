package com.brokerage.passwordcenter.analytics;

/**
 * Time spent in one step by the instances of one journey version started in the period,
 * in milliseconds (finished steps only).
 *
 * @param journeyVersion the deployed version of the journey's diagram
 * @param process the diagram the step belongs to (the journey, or the passcode process it
 * calls)
 * @param approximate whether p50 / p90 come from the roll-up's duration buckets (within 5
 * % of the exact value; count and max are exact), not from the raw history
 */
record StepTime(String journey, int journeyVersion, String process, String activityId, String name, String type,
		long count, long p50Millis, long p90Millis, long maxMillis, boolean approximate) {
}
