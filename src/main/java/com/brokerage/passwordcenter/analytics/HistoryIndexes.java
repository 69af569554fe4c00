package com.brokerage.passwordcenter.analytics;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the analytics queries need on Camunda's history tables. Not a Flyway
 * migration: on a new database Flyway runs before the engine creates its tables, so the
 * indexes are made once the engine has made or checked its schema, as an engine plugin
 * ({@code create index if not exists}, the same on H2 and PostgreSQL, harmless on every
 * start and on every node). docs/operations.md lists them for DBAs. (A listener of the
 * starter's {@code PostDeployEvent} made them before: that event only comes with a
 * process application, so they were never made.)
 */
@Component
class HistoryIndexes extends AbstractProcessEnginePlugin {

	static final List<String> STATEMENTS = List.of(
			// funnels: a journey's instances started in a period
			"create index if not exists PC_IDX_HI_PI_KEY_START on ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_)",
			// steps reached and step times: the activities of those instances (and of the
			// passcode process they call), by root instance
			"create index if not exists PC_IDX_HI_AI_ROOT_ACT on ACT_HI_ACTINST (ROOT_PROC_INST_ID_, ACT_ID_, DURATION_)",
			// the raw part of a funnel beside the roll-up: a journey's instances still
			// running or ended after the roll-up's mark
			"create index if not exists PC_IDX_HI_PI_KEY_END on ACT_HI_PROCINST (PROC_DEF_KEY_, END_TIME_, START_TIME_)",
			// the roll-up: ended instances in the order it folds them
			"create index if not exists PC_IDX_HI_PI_END_ID on ACT_HI_PROCINST (END_TIME_, PROC_INST_ID_)");

	private static final Logger log = LoggerFactory.getLogger(HistoryIndexes.class);

	private final DataSource dataSource;

	HistoryIndexes(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		STATEMENTS.forEach(jdbc::execute);
		log.info("analytics: {} history indexes present", STATEMENTS.size());
	}

}
