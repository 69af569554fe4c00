package com.brokerage.passwordcenter.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journey analytics for operators (HTTP Basic, group camunda-admin, like the audit API):
 * funnels, step times and stuck journeys as JSON, and the same as CSV for those who use
 * their own tools. Days are calendar days in the brokerage's zone, both ends included;
 * the period defaults to the last seven days.
 */
@RestController
class AnalyticsController {

	static final String BASE = "/api/v1/operator/analytics";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final JourneyAnalytics analytics;

	private final AnalyticsProperties properties;

	private final Clock clock;

	AnalyticsController(JourneyAnalytics analytics, AnalyticsProperties properties, Clock clock) {
		this.analytics = analytics;
		this.properties = properties;
		this.clock = clock;
	}

	@Operation(summary = "Operators: a journey's funnel — started, each step reached, each way it ended, per day")
	@GetMapping(BASE + "/funnels")
	Funnel funnel(@RequestParam String journey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		return this.analytics.funnel(journey(journey), (from != null) ? from : end.minusDays(6), end);
	}

	@Operation(summary = "Operators: a journey's funnel as CSV")
	@GetMapping(BASE + "/funnels.csv")
	ResponseEntity<String> funnelCsv(@RequestParam String journey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return csv(AnalyticsCsv.funnel(funnel(journey, from, to)));
	}

	@Operation(summary = "Operators: p50 / p90 / max time in each step, per journey version")
	@GetMapping(BASE + "/step-times")
	List<StepTime> stepTimes(@RequestParam String journey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		return this.analytics.stepTimes(journey(journey), (from != null) ? from : end.minusDays(6), end);
	}

	@Operation(summary = "Operators: step times as CSV")
	@GetMapping(BASE + "/step-times.csv")
	ResponseEntity<String> stepTimesCsv(@RequestParam String journey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return csv(AnalyticsCsv.stepTimes(stepTimes(journey, from, to)));
	}

	@Operation(summary = "Operators: journeys waiting longer than olderThan (ISO duration, default "
			+ "password-center.analytics.stuck-after) and every open incident, oldest first")
	@GetMapping(BASE + "/stuck")
	List<StuckInstance> stuck(@RequestParam(required = false) Duration olderThan) {
		Duration threshold = (olderThan != null) ? olderThan : this.properties.stuckAfter();
		if (threshold.isNegative()) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "olderThan");
		}
		return this.analytics.stuck(threshold);
	}

	@Operation(summary = "Operators: stuck journeys as CSV")
	@GetMapping(BASE + "/stuck.csv")
	ResponseEntity<String> stuckCsv(@RequestParam(required = false) Duration olderThan) {
		return csv(AnalyticsCsv.stuck(stuck(olderThan)));
	}

	private static Journey journey(String key) {
		return Journey.byProcessKey(key).orElseThrow(() -> new ApiException(ErrorCode.FIELD_INVALID, "journey"));
	}

	private static ResponseEntity<String> csv(String body) {
		return ResponseEntity.ok().contentType(CSV).body(body);
	}

}
