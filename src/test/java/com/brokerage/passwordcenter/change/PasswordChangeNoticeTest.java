package com.brokerage.passwordcenter.change;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.reissue.PasswordChangedNotifier;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * {@code bpmn/password-change.bpmn}: a committed change, and only a committed one, is
 * notified (async, retried).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class PasswordChangeNoticeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@MockitoBean
	PasswordChangedNotifier notifier;

	@Test
	@DisplayName("a password change starts the notice; its job tells the customer by mail and SMS and the instance ends")
	void changeIsNotified() throws Exception {
		init(this.engine);
		Customer customer = this.testCustomers.unified("Before123");
		ApiClient client = new ApiClient(this.mvc);
		assertThat(client.login(customer.getCustomerId(), "Before123").getStatus()).isEqualTo(200);
		assertThat(client
			.post("/api/v1/me/password",
					"{\"oldPassword\":\"Before123\",\"newPassword\":\"After1234\",\"confirmation\":\"After1234\"}")
			.getStatus()).isEqualTo(200);

		ProcessInstance notice = instanceFor(customer);
		assertThat(notice).isWaitingAt(ChangeNoticeProcess.TASK_NOTIFY);
		Job job = this.management.createJobQuery().processInstanceId(notice.getId()).singleResult();
		// tried at once, then on each of the retry schedule's three intervals
		assertThat(job.getRetries()).isEqualTo(4);
		this.management.executeJob(job.getId());
		verify(this.notifier).passwordChanged(eq(customer.getName()), eq(customer.getMobile()), eq(customer.getEmail()),
				any());
		assertThat(notice).isEnded().hasPassed("End_Notified");
	}

	@Test
	@DisplayName("a refused change (wrong old password) starts no notice")
	void refusedChangeIsNotNotified() throws Exception {
		Customer customer = this.testCustomers.unified("Before123");
		ApiClient client = new ApiClient(this.mvc);
		client.login(customer.getCustomerId(), "Before123");
		assertThat(client
			.post("/api/v1/me/password",
					"{\"oldPassword\":\"Wrong1234\",\"newPassword\":\"After1234\",\"confirmation\":\"After1234\"}")
			.getStatus()).isEqualTo(400);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ChangeNoticeProcess.PROCESS_ID)
			.variableValueEquals(ChangeNoticeProcess.VAR_CUSTOMER_REF, customer.getId())
			.count()).isZero();
		verify(this.notifier, never()).passwordChanged(any(), any(), any(), any());
	}

	private ProcessInstance instanceFor(Customer customer) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ChangeNoticeProcess.PROCESS_ID)
			.variableValueEquals(ChangeNoticeProcess.VAR_CUSTOMER_REF, customer.getId())
			.singleResult();
	}

}
