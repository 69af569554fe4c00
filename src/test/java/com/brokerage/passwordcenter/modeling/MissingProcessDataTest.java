package com.brokerage.passwordcenter.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A diagram edited in Modeler may name a bean that does not exist or drop a variable a
 * delegate needs. The job then fails with a message naming what is missing and where —
 * never a value — is retried, and becomes an incident in Cockpit; nothing is skipped
 * silently.
 */
@SpringBootTest
@ActiveProfiles("test")
class MissingProcessDataTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@MockitoBean
	PasscodeSender sender;

	private final List<String> started = new ArrayList<>();

	@AfterEach
	void removeInstances() {
		this.started.forEach((id) -> this.runtime.deleteProcessInstance(id, "test done"));
	}

	@Test
	@DisplayName("a bean the diagram names but the app lacks: the deployment is refused, naming the element and the bean")
	void unknownBean() {
		assertThatThrownBy(() -> start(asyncTask("missing-bean", "${noSuchDelegate}"), Map.of()))
			.isInstanceOf(org.camunda.bpm.engine.ParseException.class)
			.hasMessageContaining("missing-bean.bpmn: process 'missing-bean', element 'Task_Async': delegate "
					+ "expression ${noSuchDelegate} names no class of the application");
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("missing-bean").count())
			.isZero();
	}

	@Test
	@DisplayName("a bean reached through a method the app lacks: an incident naming the bean after the retries")
	void unknownBeanInExpression() {
		ProcessInstance instance = start(asyncTask("missing-bean-method", "${noSuchDelegate.get()}"), Map.of());
		Incident incident = failUntilIncident(instance);
		assertThat(incident.getIncidentMessage()).contains("noSuchDelegate");
		assertThat(incident.getActivityId()).isEqualTo("Task_Async");
	}

	@Test
	@DisplayName("a real delegate without its variable: an incident naming variable, activity and process")
	void missingVariable() {
		ProcessInstance instance = start(asyncTask("missing-variable", "${sendPasscodeDelegate}"), Map.of());
		Incident incident = failUntilIncident(instance);
		assertThat(incident.getIncidentMessage()).isEqualTo("Process variable '" + PasscodeProcess.VAR_APPLICATION_ID
				+ "' is missing in activity 'Task_Async' of process 'missing-variable' version 1");
		verifyNoInteractions(this.sender);
	}

	@Test
	@DisplayName("a variable of another type: the types are named, the value is not")
	void wrongType() {
		ProcessInstance instance = start(asyncTask("wrong-type", "${sendPasscodeDelegate}"),
				Map.of(PasscodeProcess.VAR_APPLICATION_ID, 4242424));
		Incident incident = failUntilIncident(instance);
		assertThat(incident.getIncidentMessage()).contains("'applicationId'", "java.lang.Integer", "java.lang.String")
			.doesNotContain("4242424");
	}

	@Test
	@DisplayName("a journey's delegate in a process started without business key: the missing application id is named")
	void missingBusinessKey() {
		ProcessInstance instance = start(asyncTask("no-business-key", "${clearLoginLockDelegate}"), Map.of());
		assertThat(failUntilIncident(instance).getIncidentMessage())
			.isEqualTo("The business key (application id) is missing in activity 'Task_Async' of process "
					+ "'no-business-key' version 1");
	}

	/** The job executor's part: run the job until its retries are used up. */
	private Incident failUntilIncident(ProcessInstance instance) {
		Job job = this.management.createJobQuery().processInstanceId(instance.getId()).singleResult();
		// failedJobRetryTimeCycle R3/PT1M (application.yml): three tries
		assertThat(job.getRetries()).isEqualTo(3);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		}
		assertThat(this.management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
		return this.runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
	}

	private ProcessInstance start(BpmnModelInstance diagram, Map<String, Object> variables) {
		String key = diagram.getModelElementsByType(Process.class).iterator().next().getId();
		this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", diagram).deploy();
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(key, variables);
		this.started.add(instance.getId());
		return instance;
	}

	/** What an analyst might draw: one async service task with a delegate expression. */
	private static BpmnModelInstance asyncTask(String key, String delegateExpression) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(180)
			.startEvent()
			.serviceTask("Task_Async")
			.camundaAsyncBefore()
			.camundaDelegateExpression(delegateExpression)
			.endEvent()
			.done();
	}

}
