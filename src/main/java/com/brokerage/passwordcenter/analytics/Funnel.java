package com.brokerage.passwordcenter.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One journey's funnel for a period of calendar days (the brokerage's zone): how many
 * started, how many reached each step, and how each ended.
 *
 * @param started instances started in the period
 * @param running of those, still running now
 * @param withIncident of those, instances that have had an incident (their own or in the
 * passcode process they called)
 * @param openIncidents of those, instances with an incident open now
 */
record Funnel(String journey, LocalDate from, LocalDate to, long started, long running, long withIncident,
		long openIncidents, List<Step> steps, List<Outcome> outcomes, List<Day> days) {

	/** A step (user task, service task, wait) reached by at least one instance. */
	record Step(String process, String activityId, String name, String type, long reached, double percent) {
	}

	/**
	 * How instances ended: {@code COMPLETED} at an end event (its id and name), or
	 * {@code RUNNING}, {@code CANCELLED} (by an operator) or {@code TERMINATED}.
	 */
	record Outcome(String state, String endEvent, String name, long count, double percent) {
	}

	/** Per day: started, and how those ended (outcome key to count). */
	record Day(LocalDate day, long started, Map<String, Long> outcomes) {
	}

	static double percent(long part, long whole) {
		return (whole == 0) ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

}
