package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for alerting, recomputed every
 * {@code password-center.analytics.gauge-refresh} (a scrape never queries the database):
 * <ul>
 * <li>{@code password_center_journey_waiting{journey,process,step}}: instances waiting at
 * a step now;</li>
 * <li>{@code password_center_journey_stuck{journey}}: of those, waiting longer than
 * {@code stuck-after};</li>
 * <li>{@code password_center_journey_open_incidents{journey}}: instances with an open
 * incident.</li>
 * </ul>
 */
@Component
class JourneyGauges {

	private static final String ROOT_JOIN = " join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.ROOT_PROC_INST_ID_";

	private static final String OPEN_STEP = " where a.END_TIME_ is null and a.ACT_TYPE_ in "
			+ JourneyAnalytics.WAITING_TYPES;

	private final JdbcTemplate jdbc;

	private final AnalyticsProperties properties;

	private final Clock clock;

	private final MultiGauge waiting;

	private final MultiGauge stuck;

	private final MultiGauge incidents;

	JourneyGauges(JdbcTemplate jdbc, AnalyticsProperties properties, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.waiting = MultiGauge.builder("password.center.journey.waiting")
			.description("Journeys waiting at a step now")
			.register(meters);
		this.stuck = MultiGauge.builder("password.center.journey.stuck")
			.description("Journeys waiting at a step longer than password-center.analytics.stuck-after")
			.register(meters);
		this.incidents = MultiGauge.builder("password.center.journey.open.incidents")
			.description("Journeys with an open incident")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${password-center.analytics.gauge-refresh:PT30S}", initialDelay = 0)
	void refresh() {
		this.waiting.register(this.jdbc.query(
				"select p.PROC_DEF_KEY_, a.PROC_DEF_KEY_, a.ACT_ID_, count(*)" + " from ACT_HI_ACTINST a" + ROOT_JOIN
						+ OPEN_STEP + " group by p.PROC_DEF_KEY_, a.PROC_DEF_KEY_, a.ACT_ID_",
				(row, n) -> MultiGauge.Row.of(
						Tags.of("journey", row.getString(1), "process", row.getString(2), "step", row.getString(3)),
						row.getLong(4))),
				true);
		Instant before = this.clock.instant().minus(this.properties.stuckAfter());
		this.stuck.register(
				perJourney(
						"select p.PROC_DEF_KEY_, count(distinct p.PROC_INST_ID_) from ACT_HI_ACTINST a" + ROOT_JOIN
								+ OPEN_STEP + " and a.START_TIME_ < ? group by p.PROC_DEF_KEY_",
						Timestamp.from(before)),
				true);
		this.incidents.register(perJourney("select p.PROC_DEF_KEY_, count(distinct p.PROC_INST_ID_)"
				+ " from ACT_HI_INCIDENT a" + ROOT_JOIN + " where a.END_TIME_ is null group by p.PROC_DEF_KEY_"), true);
	}

	/**
	 * Every journey gets a row, zero included, so an alert sees 0 rather than no data.
	 */
	private List<MultiGauge.Row<?>> perJourney(String sql, Object... arguments) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.query(sql, (row) -> {
			counts.put(row.getString(1), row.getLong(2));
		}, arguments);
		return Arrays.stream(Journey.values()).<MultiGauge
				.Row<?>>map(
						(journey) -> MultiGauge.Row.of(Tags.of("journey", journey.processKey()),
								counts.getOrDefault(journey.processKey(), 0L)))
			.toList();
	}

}
