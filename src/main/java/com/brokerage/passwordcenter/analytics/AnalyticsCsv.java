package com.brokerage.passwordcenter.analytics;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The analytics as CSV (RFC 4180, a header row). Text cells that a spreadsheet would take
 * for a formula get a leading apostrophe.
 */
final class AnalyticsCsv {

	private AnalyticsCsv() {
	}

	static String funnel(Funnel funnel) {
		StringBuilder csv = new StringBuilder("journey,from,to,kind,process,id,name,count,percent\r\n");
		row(csv, funnel, "started", null, null, null, funnel.started(), 100.0);
		for (Funnel.Step step : funnel.steps()) {
			row(csv, funnel, "step", step.process(), step.activityId(), step.name(), step.reached(), step.percent());
		}
		for (Funnel.Outcome outcome : funnel.outcomes()) {
			row(csv, funnel, "outcome:" + outcome.state(), funnel.journey(), outcome.endEvent(), outcome.name(),
					outcome.count(), outcome.percent());
		}
		row(csv, funnel, "with-incident", null, null, null, funnel.withIncident(),
				Funnel.percent(funnel.withIncident(), funnel.started()));
		return csv.toString();
	}

	static String stepTimes(List<StepTime> times) {
		StringBuilder csv = new StringBuilder(
				"journey,journey_version,process,activity_id,name,type,count,p50_ms,p90_ms,max_ms,approximate\r\n");
		for (StepTime time : times) {
			line(csv, time.journey(), time.journeyVersion(), time.process(), time.activityId(), time.name(),
					time.type(), time.count(), time.p50Millis(), time.p90Millis(), time.maxMillis(),
					time.approximate());
		}
		return csv.toString();
	}

	static String stuck(List<StuckInstance> stuck) {
		StringBuilder csv = new StringBuilder(
				"journey,application,customer,process,activity_id,step,since,waiting_seconds,incident,cockpit\r\n");
		for (StuckInstance instance : stuck) {
			line(csv, instance.journey(), instance.application(), instance.customer(), instance.process(),
					instance.activityId(), instance.stepName(), instance.since(), instance.waitingSeconds(),
					instance.incidentMessage(), instance.cockpit());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, Funnel funnel, String kind, String process, String id, String name,
			long count, double percent) {
		line(csv, funnel.journey(), funnel.from(), funnel.to(), kind, process, id, name, count, percent);
	}

	private static void line(StringBuilder csv, Object... cells) {
		csv.append(Stream.of(cells).map(AnalyticsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
