package com.brokerage.passwordcenter.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.brokerage.passwordcenter.change.ChangeNoticeProcess;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One retry schedule for every send: the diagrams name
 * {@code ${retrySchedules.notification}}, the engine evaluates it when a send fails, and
 * a diagram with a schedule of its own is refused at deployment. The job executor is off:
 * the test runs the failing job as it would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class RetryScheduleTest {

	private static final Pattern CYCLE = Pattern
		.compile("<camunda:failedJobRetryTimeCycle>([^<]*)</camunda:failedJobRetryTimeCycle>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Test
	@DisplayName("a failing send (the SMS provider refuses connections) is tried at once, then after 30 s, 2 min and 10 min, then an incident")
	void failingSendFollowsTheSchedule() throws Exception {
		Customer customer = this.testCustomers.unified("Before123");
		ApiClient client = new ApiClient(this.mvc);
		assertThat(client.login(customer.getCustomerId(), "Before123").getStatus()).isEqualTo(200);
		assertThat(client
			.post("/api/v1/me/password",
					"{\"oldPassword\":\"Before123\",\"newPassword\":\"After1234\",\"confirmation\":\"After1234\"}")
			.getStatus()).isEqualTo(200);
		ProcessInstance notice = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ChangeNoticeProcess.PROCESS_ID)
			.variableValueEquals(ChangeNoticeProcess.VAR_CUSTOMER_REF, customer.getId())
			.singleResult();
		// the email notice's job (the SMS has a job of its own)
		String jobId = this.management.createJobQuery()
			.processInstanceId(notice.getId())
			.activityId(ChangeNoticeProcess.TASK_NOTIFY_BY_EMAIL)
			.singleResult()
			.getId();

		// nothing listens on the test profile's SMTP and Twilio ports
		for (Duration wait : new Duration[] { Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10) }) {
			Instant before = Instant.now();
			fail(jobId);
			Instant after = Instant.now();
			Job job = this.management.createJobQuery().jobId(jobId).singleResult();
			assertThat(job.getRetries()).isPositive();
			// the engine's clock has milliseconds; the due date is set when the try
			// failed
			assertThat(job.getDuedate().toInstant()).isBetween(before.plus(wait).minusSeconds(1),
					after.plus(wait).plusSeconds(1));
			assertThat(this.runtime.createIncidentQuery().processInstanceId(notice.getId()).count()).isZero();
		}
		fail(jobId);
		assertThat(this.management.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
		assertThat(this.runtime.createIncidentQuery()
			.processInstanceId(notice.getId())
			.singleResult()
			.getIncidentMessage()).startsWith("Mail password-changed to");
		this.runtime.deleteProcessInstance(notice.getId(), "test done");
	}

	@Test
	@DisplayName("every async task of bpmn/ retries on ${retrySchedules.notification}, and no diagram sets another cycle")
	void everyDiagramUsesTheSharedSchedule() throws Exception {
		int sendTasks = 0;
		try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
			for (Path diagram : diagrams.filter((path) -> path.toString().endsWith(".bpmn")).toList()) {
				String xml = Files.readString(diagram);
				Matcher cycle = CYCLE.matcher(xml);
				while (cycle.find()) {
					assertThat(cycle.group(1)).as(diagram.toString()).isEqualTo(RetrySchedules.NOTIFICATION_EXPRESSION);
					sendTasks++;
				}
				// a task, not a join gateway (async so that its clash retries, it sends
				// nothing)
				assertThat(Pattern.compile("<bpmn:serviceTask [^>]*camunda:asyncBefore=\"true\"")
					.matcher(xml)
					.results()
					.count()).as(diagram + ": every async task names the schedule")
					.isEqualTo(countOf(xml, "<camunda:failedJobRetryTimeCycle>" + RetrySchedules.NOTIFICATION_EXPRESSION
							+ "</camunda:failedJobRetryTimeCycle>"));
			}
		}
		assertThat(sendTasks).isGreaterThanOrEqualTo(7);
	}

	@Test
	@DisplayName("a diagram whose send task sets its own retry cycle is refused at deployment, naming the task and the way out")
	void ownCycleIsRefused() {
		BpmnModelInstance edited = sendTask("own-retry-cycle", "R1/PT1S");
		assertThatThrownBy(() -> this.repository.createDeployment().addModelInstance("own.bpmn", edited).deploy())
			.hasMessageContaining("'Task_Send' ('R1/PT1S')")
			.hasMessageContaining(RetrySchedules.NOTIFICATION_EXPRESSION)
			.hasMessageContaining("password-center.notification.retry-schedule");
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("own-retry-cycle").count())
			.isZero();

		BpmnModelInstance shared = sendTask("shared-retry-cycle", RetrySchedules.NOTIFICATION_EXPRESSION);
		String deployment = this.repository.createDeployment().addModelInstance("shared.bpmn", shared).deploy().getId();
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("shared-retry-cycle").count())
			.isOne();
		this.repository.deleteDeployment(deployment, true);
	}

	private void fail(String jobId) {
		assertThatThrownBy(() -> this.management.executeJob(jobId)).isNotNull();
	}

	private static BpmnModelInstance sendTask(String key, String cycle) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Task_Send")
			.camundaAsyncBefore()
			.camundaFailedJobRetryTimeCycle(cycle)
			.camundaExpression("${true}")
			.endEvent()
			.done();
	}

	private static int countOf(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
