package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Masking;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Funnels, step times and stuck journeys, read from the engine's history tables
 * ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}, {@code ACT_HI_INCIDENT}) with plain
 * SQL that H2 and PostgreSQL share, on the indexes of {@link HistoryIndexes}. A journey's
 * steps include those of the passcode process it calls (same root instance). A funnel or
 * step-time answer adds the {@link HistoryRollup daily roll-up} of the ended instances it
 * has folded ({@link RolledUpDays}) to the raw history of the rest, read consistently.
 */
@Service
class JourneyAnalytics {

	/** Activity types that are not a step a person or a job spends time in. */
	static final String NOT_A_STEP = "(a.ACT_TYPE_ like '%Gateway' and a.ACT_TYPE_ <> 'eventBasedGateway')"
			+ " or a.ACT_TYPE_ like '%StartEvent' or a.ACT_TYPE_ = 'startEvent'";

	private static final String END_EVENT = "a.ACT_TYPE_ like '%EndEvent'";

	/** The period's root instances of one journey. */
	private static final String ROOTS = "p.PROC_DEF_KEY_ = :key and p.START_TIME_ >= :from and p.START_TIME_ < :to"
			+ " and p.SUPER_PROCESS_INSTANCE_ID_ is null";

	/**
	 * The period's root instances of one journey that the roll-up has not folded:
	 * running, or ended after its mark — few, found on {@code PC_IDX_HI_PI_KEY_END}.
	 */
	private static final String RAW_ROOTS = "(select p.PROC_INST_ID_, p.PROC_DEF_ID_, p.START_TIME_, p.STATE_,"
			+ " p.END_ACT_ID_ from ACT_HI_PROCINST p where " + ROOTS + " and p.END_TIME_ is null union all"
			+ " select p.PROC_INST_ID_, p.PROC_DEF_ID_, p.START_TIME_, p.STATE_, p.END_ACT_ID_ from ACT_HI_PROCINST p"
			+ " where " + ROOTS
			+ " and p.END_TIME_ >= :markAt and (p.END_TIME_ > :markAt or p.PROC_INST_ID_ > :markId)) r";

	/** The activity types a journey waits in: where it can be stuck (also the gauges). */
	static final String WAITING_TYPES = "('userTask', 'receiveTask', 'intermediateMessageCatch', "
			+ "'eventBasedGateway', 'intermediateTimer', 'serviceTask', 'sendTask', 'businessRuleTask')";

	private final NamedParameterJdbcTemplate jdbc;

	private final AnalyticsProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	private final RepositoryService repository;

	private final RolledUpDays rolledUp;

	JourneyAnalytics(NamedParameterJdbcTemplate jdbc, AnalyticsProperties properties, PasswordCenterProperties center,
			Clock clock, RepositoryService repository, RolledUpDays rolledUp) {
		this.rolledUp = rolledUp;
		this.jdbc = jdbc;
		this.properties = properties;
		this.zone = center.zone();
		this.clock = clock;
		this.repository = repository;
	}

	Funnel funnel(Journey journey, LocalDate from, LocalDate to) {
		MapSqlParameterSource period = period(journey, from, to);
		return this.rolledUp.consistently((mark) -> {
			MapSqlParameterSource raw = raw(period, mark);
			FunnelBuilder funnel = new FunnelBuilder(from, to);
			this.jdbc.query(
					"select a.PROC_DEF_KEY_, a.ACT_ID_, max(a.ACT_NAME_), max(a.ACT_TYPE_),"
							+ " count(distinct a.ROOT_PROC_INST_ID_), min(a.START_TIME_) from " + RAW_ROOTS
							+ " join ACT_HI_ACTINST a on a.ROOT_PROC_INST_ID_ = r.PROC_INST_ID_ where not ("
							+ NOT_A_STEP + ") group by a.PROC_DEF_KEY_, a.ACT_ID_",
					raw, (RowCallbackHandler) (row) -> funnel.step(row.getString(1), row.getString(2), row.getString(3),
							row.getString(4), row.getLong(5), row.getTimestamp(6)));
			this.jdbc.query("select r.START_TIME_, r.STATE_, r.END_ACT_ID_ from " + RAW_ROOTS, raw,
					(RowCallbackHandler) (row) -> funnel.instances(
							LocalDate.ofInstant(row.getTimestamp(1).toInstant(), this.zone),
							outcomeKey(row.getString(2), row.getString(3)), 1, running(row.getString(2))));
			// an ended instance has no open incident: the engine closes them when it ends
			funnel.incidents(rawIncidents(raw, false), rawIncidents(raw, true));
			for (RolledUpDays.Step step : this.rolledUp.steps(journey, from, to)) {
				funnel.step(step.process(), step.activityId(), step.name(), step.type(), step.instances(),
						step.firstStarted());
			}
			for (RolledUpDays.Outcome outcome : this.rolledUp.outcomes(journey, from, to)) {
				funnel.instances(outcome.day(), outcome.outcome(), outcome.instances(), false);
				funnel.incidents(outcome.withIncident(), 0);
			}
			return funnel.build(journey, from, to);
		});
	}

	List<StepTime> stepTimes(Journey journey, LocalDate from, LocalDate to) {
		MapSqlParameterSource period = period(journey, from, to);
		String finishedSteps = " from " + RAW_ROOTS + " join ACT_RE_PROCDEF d on d.ID_ = r.PROC_DEF_ID_"
				+ " join ACT_HI_ACTINST a on a.ROOT_PROC_INST_ID_ = r.PROC_INST_ID_ where a.END_TIME_ is not null"
				+ " and not (" + NOT_A_STEP + ") and not (" + END_EVENT + ")";
		return this.rolledUp.consistently((mark) -> {
			MapSqlParameterSource raw = raw(period, mark);
			List<RolledUpDays.Times> rolled = this.rolledUp.times(journey, from, to);
			// nothing rolled up: the database's percentile_cont over the raw history
			// alone
			List<StepTimes.Raw> exact = rolled.isEmpty() ? this.jdbc.query("select d.VERSION_, a.PROC_DEF_KEY_,"
					+ " a.ACT_ID_, max(a.ACT_NAME_), max(a.ACT_TYPE_), count(*),"
					+ " percentile_cont(0.5) within group (order by a.DURATION_),"
					+ " percentile_cont(0.9) within group (order by a.DURATION_), max(a.DURATION_), min(a.START_TIME_)"
					+ finishedSteps + " group by d.VERSION_, a.PROC_DEF_KEY_, a.ACT_ID_", raw,
					(row, n) -> new StepTimes.Raw(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
							row.getString(5), row.getLong(6), Math.round(row.getDouble(7)),
							Math.round(row.getDouble(8)), row.getLong(9), row.getTimestamp(10)))
					: List.of();
			StepTimes times = new StepTimes(exact, rolled);
			if (times.anyRolledUp()) {
				this.jdbc.query(
						"select d.VERSION_, a.PROC_DEF_KEY_, a.ACT_ID_, max(a.ACT_NAME_), max(a.ACT_TYPE_),"
								+ " min(a.START_TIME_), a.DURATION_, count(*)" + finishedSteps
								+ " group by d.VERSION_, a.PROC_DEF_KEY_, a.ACT_ID_, a.DURATION_",
						raw,
						(RowCallbackHandler) (row) -> times.rawDuration(row.getInt(1), row.getString(2),
								row.getString(3), row.getString(4), row.getString(5), row.getTimestamp(6),
								row.getLong(7), row.getLong(8)));
			}
			return times.result(journey.processKey());
		});
	}

	/**
	 * Journeys waiting at a step since before {@code now - olderThan}, and every open
	 * incident, oldest first.
	 */
	List<StuckInstance> stuck(Duration olderThan) {
		Instant now = this.clock.instant();
		MapSqlParameterSource parameters = new MapSqlParameterSource("before", Timestamp.from(now.minus(olderThan)));
		// a number from our configuration, not from the request
		String limit = " fetch first " + this.properties.maxStuckRows() + " rows only";
		String customer = " left join reissue_application r on r.id = p.BUSINESS_KEY_"
				+ " left join unification_application u on u.id = p.BUSINESS_KEY_"
				+ " left join customer c on c.id = coalesce(r.customer_ref, u.customer_ref)";
		List<StuckInstance> found = new ArrayList<>();
		Map<String, Optional<String>> names = new HashMap<>();
		found.addAll(this.jdbc.query(
				"select p.PROC_DEF_KEY_, p.BUSINESS_KEY_, c.customer_id, a.PROC_DEF_KEY_,"
						+ " a.ACT_ID_, a.ACT_NAME_, a.START_TIME_, p.PROC_INST_ID_ from ACT_HI_ACTINST a"
						+ " join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.ROOT_PROC_INST_ID_" + customer
						+ " where a.END_TIME_ is null and a.START_TIME_ < :before and a.ACT_TYPE_ in " + WAITING_TYPES
						+ " order by a.START_TIME_" + limit,
				parameters,
				(row, n) -> stuckRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), row.getString(6), row.getTimestamp(7).toInstant(), null, row.getString(8),
						now)));
		found.addAll(this.jdbc.query("select p.PROC_DEF_KEY_, p.BUSINESS_KEY_, c.customer_id, i.PROC_DEF_KEY_,"
				+ " i.ACTIVITY_ID_, i.INCIDENT_MSG_, i.CREATE_TIME_, p.PROC_INST_ID_, i.PROC_DEF_ID_"
				+ " from ACT_HI_INCIDENT i" + " join ACT_HI_PROCINST p on p.PROC_INST_ID_ = i.ROOT_PROC_INST_ID_"
				+ customer + " where i.END_TIME_ is null order by i.CREATE_TIME_" + limit, parameters,
				(row, n) -> stuckRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), stepName(names, row.getString(9), row.getString(5)),
						row.getTimestamp(7).toInstant(), messageOf(row.getString(6)), row.getString(8), now)));
		found.sort((a, b) -> a.since().compareTo(b.since()));
		return found;
	}

	private StuckInstance stuckRow(String journey, String application, String customerId, String process,
			String activityId, String stepName, Instant since, String incident, String rootId, Instant now) {
		return new StuckInstance(journey, application, (customerId != null) ? Masking.customerId(customerId) : null,
				process, activityId, stepName, since, Duration.between(since, now).toSeconds(), incident,
				"/camunda/app/cockpit/default/#/process-instance/" + rootId + "/runtime");
	}

	/**
	 * The step's name in its diagram: a job that failed every try (an incident at an
	 * async step) left no activity row to read it from. The engine caches the parsed
	 * diagram.
	 */
	private String stepName(Map<String, Optional<String>> names, String processDefinitionId, String activityId) {
		if (processDefinitionId == null || activityId == null) {
			return null;
		}
		// one look-up per step and answer: each is an engine command (200 took 0.2 s)
		return names.computeIfAbsent(processDefinitionId + "/" + activityId, (key) -> {
			FlowElement element = this.repository.getBpmnModelInstance(processDefinitionId)
				.getModelElementById(activityId);
			return Optional.ofNullable((element != null) ? element.getName() : null);
		}).orElse(null);
	}

	/** An incident always has a message in the list, even one the engine left empty. */
	private static String messageOf(String message) {
		return (message == null || message.isBlank()) ? "(no message)" : message;
	}

	/** Instances of the raw part with an incident (open ones only), each once. */
	private long rawIncidents(MapSqlParameterSource raw, boolean openOnly) {
		// driven from the few raw roots: a join from the incidents evaluated them per
		// incident on H2
		Long count = this.jdbc.queryForObject("select count(*) from " + RAW_ROOTS
				+ " where exists (select 1 from ACT_HI_INCIDENT i where i.ROOT_PROC_INST_ID_ = r.PROC_INST_ID_"
				+ (openOnly ? " and i.END_TIME_ is null" : "") + ")", raw, Long.class);
		return (count != null) ? count : 0;
	}

	private static MapSqlParameterSource raw(MapSqlParameterSource period, RolledUpDays.Mark mark) {
		return new MapSqlParameterSource(period.getValues()).addValue("markAt", mark.endedAt())
			.addValue("markId", mark.instanceId());
	}

	private MapSqlParameterSource period(Journey journey, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "to");
		}
		Instant start = from.atStartOfDay(this.zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(this.zone).toInstant();
		if (Duration.between(start, end).compareTo(this.properties.maxPeriod()) > 0) {
			throw new ApiException(ErrorCode.FIELD_INVALID, "from");
		}
		return new MapSqlParameterSource("key", journey.processKey()).addValue("from", Timestamp.from(start))
			.addValue("to", Timestamp.from(end));
	}

	private static boolean running(String state) {
		return "ACTIVE".equals(state) || "SUSPENDED".equals(state);
	}

	/** {@code COMPLETED:End_LinkExpired}, {@code RUNNING}, {@code CANCELLED}, ... */
	static String outcomeKey(String state, String endActivity) {
		if (running(state)) {
			return "RUNNING";
		}
		return switch (state) {
			case "COMPLETED" -> "COMPLETED:" + endActivity;
			case "EXTERNALLY_TERMINATED" -> "CANCELLED";
			default -> "TERMINATED";
		};
	}

}
