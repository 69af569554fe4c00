package com.brokerage.passwordcenter.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job executor finds due jobs through an index on the due date, so 100,000 waiting
 * link timers cost an acquisition nothing (docs/benchmarks).
 */
@SpringBootTest
@ActiveProfiles("test")
class JobAcquisitionByDueDateTest {

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("Every job has a due date, acquisition goes by it, and ACT_RU_JOB.DUEDATE_ is indexed")
	void acquisitionByIndexedDueDate() throws Exception {
		assertThat(this.engine.isEnsureJobDueDateNotNull()).isTrue();
		assertThat(this.engine.isJobExecutorAcquireByDueDate()).isTrue();
		try (Connection connection = this.dataSource.getConnection();
				ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
			boolean found = false;
			while (indexes.next()) {
				found |= JobAcquisitionByDueDate.INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))
						&& "DUEDATE_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"));
			}
			assertThat(found).as("index on ACT_RU_JOB(DUEDATE_)").isTrue();
		}
	}

	@Test
	@DisplayName("A due async job is acquired at once (it has a due date now); a timer due in an hour is not")
	void dueJobsAreAcquiredFutureTimersAreNot() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("acquisition-by-due-date")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Task_Async")
			.camundaAsyncBefore()
			.camundaExpression("${true}")
			.intermediateCatchEvent("Timer_InAnHour")
			.timerWithDuration("PT1H")
			.endEvent()
			.done();
		this.repository.createDeployment().addModelInstance("acquisition-by-due-date.bpmn", model).deploy();
		String instance = this.runtime.startProcessInstanceByKey("acquisition-by-due-date").getId();

		Job async = this.management.createJobQuery().processInstanceId(instance).singleResult();
		assertThat(async.getDuedate()).as("an async job gets a due date").isNotNull();
		assertThat(acquirable()).contains(async.getId());

		this.management.executeJob(async.getId());
		Job timer = this.management.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(acquirable()).doesNotContain(timer.getId());
		this.runtime.deleteProcessInstance(instance, "test done");
	}

	private List<String> acquirable() {
		AcquiredJobs acquired = this.engine.getCommandExecutorTxRequired()
			.execute(new AcquireJobsCmd(this.engine.getJobExecutor(), 100));
		List<String> ids = acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
		// acquiring locks the jobs; give them back so the test can run them itself
		this.engine.getCommandExecutorTxRequired().execute((context) -> {
			ids.forEach((id) -> {
				var job = context.getJobManager().findJobById(id);
				if (job != null) {
					job.setLockOwner(null);
					job.setLockExpirationTime(null);
				}
			});
			return null;
		});
		return ids;
	}

}
