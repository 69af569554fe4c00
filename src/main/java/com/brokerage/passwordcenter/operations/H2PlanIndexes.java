package com.brokerage.passwordcenter.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes that keep H2 (the demo's database) from a plan that scans a whole engine table.
 * Planned while the tables are small (a new database, no statistics yet), the engine's
 * variable lookup ({@code EXECUTION_ID_ = ? and TASK_ID_ is null}) takes the index on
 * {@code TASK_ID_}, which every process variable matches, and so reads every variable of
 * every waiting application; a statement H2 keeps parsed keeps that plan (8 % of the
 * app's CPU creating 1,500 of them, docs/benchmarks/README.md). An index on both columns
 * is the best plan whatever the statistics. PostgreSQL plans from statistics and needs
 * none: on it, nothing is made. Made after the engine has made or checked its schema, as
 * {@code HistoryIndexes} are.
 */
@Component
class H2PlanIndexes extends AbstractProcessEnginePlugin {

	static final List<String> STATEMENTS = List
		.of("create index if not exists PC_IDX_RU_VAR_EXEC_TASK on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");

	private static final Logger log = LoggerFactory.getLogger(H2PlanIndexes.class);

	private final DataSource dataSource;

	H2PlanIndexes(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (!onH2()) {
			return;
		}
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		STATEMENTS.forEach(jdbc::execute);
		log.info("H2: {} plan indexes present", STATEMENTS.size());
	}

	private boolean onH2() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "H2".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("database not reachable to check its product", ex);
		}
	}

}
