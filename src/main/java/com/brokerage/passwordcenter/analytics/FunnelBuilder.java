package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period's funnel added up from its parts (the roll-up's days and the raw history of
 * what it has not folded yet): every count is a sum of exact counts, each instance in
 * exactly one part.
 */
final class FunnelBuilder {

	private record StepCount(String process, String activityId, String name, String type, long reached,
			Timestamp firstStarted) {

		StepCount plus(StepCount other) {
			return new StepCount(this.process, this.activityId, max(this.name, other.name), max(this.type, other.type),
					this.reached + other.reached,
					this.firstStarted.before(other.firstStarted) ? this.firstStarted : other.firstStarted);
		}

		private static String max(String a, String b) {
			return (a == null) ? b : (b == null || a.compareTo(b) >= 0) ? a : b;
		}

	}

	private final Map<String, StepCount> steps = new LinkedHashMap<>();

	private final Map<String, Long> outcomes = new HashMap<>();

	private final Map<LocalDate, Long> startedPerDay = new TreeMap<>();

	private final Map<LocalDate, Map<String, Long>> outcomesPerDay = new TreeMap<>();

	private long started;

	private long running;

	private long withIncident;

	private long openIncidents;

	FunnelBuilder(LocalDate from, LocalDate to) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			this.startedPerDay.put(day, 0L);
			this.outcomesPerDay.put(day, new TreeMap<>());
		}
	}

	/** Instances (of one part) that reached a step or an end event. */
	void step(String process, String activityId, String name, String type, long reached, Timestamp firstStarted) {
		this.steps.merge(process + "/" + activityId,
				new StepCount(process, activityId, name, type, reached, firstStarted), StepCount::plus);
	}

	/**
	 * {@code count} instances started on {@code day} that ended (or not yet) as
	 * {@code outcome}.
	 */
	void instances(LocalDate day, String outcome, long count, boolean running) {
		this.started += count;
		this.running += running ? count : 0;
		this.outcomes.merge(outcome, count, Long::sum);
		this.startedPerDay.merge(day, count, Long::sum);
		this.outcomesPerDay.computeIfAbsent(day, (d) -> new TreeMap<>()).merge(outcome, count, Long::sum);
	}

	void incidents(long withIncident, long open) {
		this.withIncident += withIncident;
		this.openIncidents += open;
	}

	Funnel build(Journey journey, LocalDate from, LocalDate to) {
		Map<String, String> endNames = new HashMap<>();
		List<StepCount> ordered = this.steps.values()
			.stream()
			.sorted(Comparator.comparing(StepCount::firstStarted)
				.thenComparing(StepCount::process)
				.thenComparing(StepCount::activityId))
			.toList();
		ordered.stream()
			.filter((step) -> step.type().endsWith("EndEvent") && journey.processKey().equals(step.process()))
			.forEach((step) -> endNames.put(step.activityId(), step.name()));
		List<Funnel.Step> reached = ordered.stream()
			.filter((step) -> !step.type().endsWith("EndEvent"))
			.map((step) -> new Funnel.Step(step.process(), step.activityId(), step.name(), step.type(), step.reached(),
					Funnel.percent(step.reached(), this.started)))
			.toList();
		List<Funnel.Outcome> outcomes = this.outcomes.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> outcome(entry.getKey(), entry.getValue(), endNames))
			.toList();
		List<Funnel.Day> days = this.startedPerDay.entrySet()
			.stream()
			.map((entry) -> new Funnel.Day(entry.getKey(), entry.getValue(), this.outcomesPerDay.get(entry.getKey())))
			.toList();
		return new Funnel(journey.processKey(), from, to, this.started, this.running, this.withIncident,
				this.openIncidents, reached, outcomes, days);
	}

	private Funnel.Outcome outcome(String key, long count, Map<String, String> endNames) {
		int colon = key.indexOf(':');
		String state = (colon < 0) ? key : key.substring(0, colon);
		String endEvent = (colon < 0) ? null : key.substring(colon + 1);
		return new Funnel.Outcome(state, endEvent, (endEvent != null) ? endNames.get(endEvent) : null, count,
				Funnel.percent(count, this.started));
	}

}
