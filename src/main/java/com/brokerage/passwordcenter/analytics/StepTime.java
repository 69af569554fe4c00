package com.brokerage.passwordcenter.analytics;

/**
 * Time spent in one step by the instances of one journey version started in the period,
 * in milliseconds (finished steps only).
 *
 * @param journeyVersion the deployed version of the journey's diagram
 * @param process the diagram the step belongs to (the journey, or the passcode process it
 * calls)
 */
record StepTime(String journey, int journeyVersion, String process, String activityId, String name, String type,
		long count, long p50Millis, long p90Millis, long maxMillis) {
}
