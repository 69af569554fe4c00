package com.brokerage.passwordcenter.support;

import java.util.List;
import java.util.function.UnaryOperator;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * The jobs of one application (its business key covers the called passcode process too),
 * found the way an operator finds them in Cockpit; for tests that run the job executor's
 * part by hand.
 */
public final class ApplicationJobs {

	/** The notice tasks of every journey that notifies (one per channel). */
	public static final String NOTIFY_BY_EMAIL = "Task_NotifyByEmail";

	public static final String NOTIFY_BY_SMS = "Task_NotifyBySms";

	private final RuntimeService runtime;

	private final ManagementService management;

	public ApplicationJobs(RuntimeService runtime, ManagementService management) {
		this.runtime = runtime;
		this.management = management;
	}

	/**
	 * Every async continuation (notification) of the application, as the job executor
	 * runs them: until none is left (a notice's join is a job of its own, made by the
	 * sends). A failing job throws.
	 */
	public void executeMessages(String applicationId) {
		for (int round = 0; round < 5; round++) {
			List<Job> jobs = messages(applicationId);
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(this::execute);
		}
		throw new AssertionError("async jobs still left after 5 rounds for " + applicationId);
	}

	public List<Job> messages(String applicationId) {
		return jobs(applicationId, JobQuery::messages);
	}

	/**
	 * The job waiting at this activity of the application (or of its called passcode
	 * process).
	 */
	public Job at(String applicationId, String activityId) {
		String instance = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(applicationId)
			.activityId(activityId)
			.singleResult()
			.getProcessInstanceId();
		return this.management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
	}

	/**
	 * Every job of the application (or of its called passcode process) at this activity;
	 * none yet while the step before it still runs.
	 */
	public List<Job> allAt(String applicationId, String activityId) {
		return jobs(applicationId, (query) -> query.activityId(activityId));
	}

	/** The jobs of every process instance of the application that the filter keeps. */
	private List<Job> jobs(String applicationId, UnaryOperator<JobQuery> filter) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.list()
			.stream()
			.flatMap((instance) -> filter.apply(this.management.createJobQuery().processInstanceId(instance.getId()))
				.list()
				.stream())
			.toList();
	}

	/**
	 * The notices of a finished change, as the job executor would run them: the email
	 * job, the SMS job, then their join (each its own job).
	 */
	public void executeNotices(String applicationId) {
		execute(at(applicationId, NOTIFY_BY_EMAIL));
		execute(at(applicationId, NOTIFY_BY_SMS));
		executeMessages(applicationId);
	}

	public void execute(Job job) {
		this.management.executeJob(job.getId());
	}

	/** The passcode's validity timer (Timer_PasscodeExpired) of the application. */
	public Job passcodeTimer(String applicationId) {
		String passcode = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey(PasscodeProcess.PROCESS_ID)
			.singleResult()
			.getId();
		return this.management.createJobQuery()
			.processInstanceId(passcode)
			.timers()
			.activityId(PasscodeProcess.TIMER_EXPIRED)
			.singleResult();
	}

}
