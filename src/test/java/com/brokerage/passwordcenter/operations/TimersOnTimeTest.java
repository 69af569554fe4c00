package com.brokerage.passwordcenter.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Timers on time with the REAL job executor on the application's settings
 * ({@code camunda.bpm.job-execution.*} of application.yml): the app idles (the executor
 * backs off to its longest wait), then timers fall due at known instants and each must
 * fire within 2 s of its due date. The one test that waits in real time; about 15 s.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class TimersOnTimeTest {

	private static final Logger log = LoggerFactory.getLogger(TimersOnTimeTest.class);

	private static final String PROCESS = "timer-on-time";

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Test
	@DisplayName("after idling, 8 timers due 6 to 13 s later each fire within 2 s of their due date")
	void idleTimersFireOnTime() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.intermediateCatchEvent("Timer_Due")
			.timerWithDate("${dueAt}")
			.endEvent()
			.done();
		this.repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
		// idle longer than the executor's longest back-off (max-wait 1 s), as an app at
		// night
		Thread.sleep(3000);

		Instant first = Instant.now().plusSeconds(6);
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String dueAt = first.plusMillis(i * 1000L).toString();
			instances.add(this.runtime.startProcessInstanceByKey(PROCESS, Map.of("dueAt", dueAt)).getId());
		}
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count() == 0);

		List<Long> lateness = new ArrayList<>();
		for (String instance : instances) {
			HistoricJobLog fired = this.history.createHistoricJobLogQuery()
				.processInstanceId(instance)
				.successLog()
				.singleResult();
			lateness.add(fired.getTimestamp().getTime() - fired.getJobDueDate().getTime());
		}
		lateness.sort(Long::compare);
		log.info("Timer lateness after idling, ms (sorted): {}", lateness);
		assertThat(lateness.get(0)).as("no timer fires early").isGreaterThanOrEqualTo(0);
		assertThat(lateness.get(lateness.size() - 1)).as("the latest timer, ms late").isLessThanOrEqualTo(2000);
	}

}
