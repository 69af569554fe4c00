package com.brokerage.passwordcenter.operations;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Job acquisition that does not slow down as timers pile up. Every waiting reissue holds
 * a link timer for 24 hours (R-REISSUE-6); the engine's default acquisition query ("due
 * date null or past") cannot use an index, so each acquisition read every waiting timer
 * and the job executor's cost grew with their number (docs/benchmarks: creation fell from
 * 70 to 5 per second as 5,000 timers accumulated). Here every job gets a due date, jobs
 * are acquired by due date, and {@code ACT_RU_JOB.DUEDATE_} gets an index, so an
 * acquisition reads only what is due. Jobs of an older database without a due date get
 * one once.
 */
@Component
class JobAcquisitionByDueDate extends AbstractProcessEnginePlugin {

	static final String INDEX = "PC_IDX_JOB_DUEDATE";

	private static final Logger log = LoggerFactory.getLogger(JobAcquisitionByDueDate.class);

	private final DataSource dataSource;

	JobAcquisitionByDueDate(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnsureJobDueDateNotNull(true);
		configuration.setJobExecutorAcquireByDueDate(true);
	}

	/** After the engine made or checked its schema, before its job executor starts. */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
		int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null");
		if (dated > 0) {
			log.info("{} jobs without a due date are now due (acquisition by due date)", dated);
		}
	}

}
