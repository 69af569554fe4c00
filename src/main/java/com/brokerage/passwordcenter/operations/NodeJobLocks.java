package com.brokerage.passwordcenter.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A restarted node takes up its own unfinished jobs at once. The job executor locks each
 * job it takes under its lock owner for {@code lock-time-in-millis} (60 s); a node killed
 * while holding locks would otherwise wait out its own old locks after a restart. So the
 * lock owner is this node's stable name ({@link NodeProperties}), and before the job
 * executor starts the node releases the locks held under that name — they can only be its
 * previous life's. Another node's jobs come back when their lock expires.
 */
@Component
class NodeJobLocks extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(NodeJobLocks.class);

	private final DataSource dataSource;

	private final String name;

	NodeJobLocks(DataSource dataSource, NodeProperties properties, @Value("${server.port:8080}") int port) {
		this.dataSource = dataSource;
		this.name = nameOf(properties.name(), port);
	}

	static String nameOf(String configured, int port) {
		if (StringUtils.hasText(configured)) {
			return configured.trim();
		}
		if (port <= 0) {
			return null;
		}
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + port;
		}
		catch (UnknownHostException ex) {
			return "localhost:" + port;
		}
	}

	/** After the engine made or checked its schema, before its job executor starts. */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (this.name == null) {
			log.info("no stable node name (random server port, no password-center.node.name): job locks of a "
					+ "previous run of this node wait for their expiry");
			return;
		}
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getJobExecutor();
		jobExecutor.setLockOwner(this.name);
		int released = new JdbcTemplate(this.dataSource)
			.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?", this.name);
		log.info("job lock owner {}; released {} job locks of this node's previous run", this.name, released);
	}

}
