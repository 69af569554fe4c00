package com.brokerage.passwordcenter.passcode;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/** {@code bpmn/passcode.bpmn} on its own: each path to each end event (R-REISSUE-7/8). */
@SpringBootTest
@ActiveProfiles("test")
class PasscodeProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@MockitoBean
	PasscodeRecipients recipients;

	@MockitoBean
	PasscodeSender sender;

	ProcessInstance instance;

	@BeforeEach
	void start() {
		init(this.engine);
		given(this.recipients.recipientOf(anyString()))
			.willReturn(new PasscodeRecipient(PasscodeChannel.SMS, "0912345678"));
		this.instance = this.runtime.startProcessInstanceByKey(PasscodeProcess.PROCESS_ID,
				Map.of(PasscodeProcess.VAR_APPLICATION_ID, java.util.UUID.randomUUID().toString()));
		assertThat(this.instance).isWaitingAt(PasscodeProcess.TASK_SEND);
		execute(job());
		assertThat(this.instance).isWaitingAt(PasscodeProcess.TASK_ENTER);
	}

	@Test
	@DisplayName("a verified passcode ends at 通行碼驗證成功")
	void verified() {
		complete(task(), Map.of(PasscodeProcess.VAR_RESULT, PasscodeProcess.RESULT_VERIFIED));
		assertThat(this.instance).isEnded().hasPassed(PasscodeProcess.END_VERIFIED);
	}

	@Test
	@DisplayName("R-REISSUE-8: five wrong entries end at 錯誤 5 次，通行碼失效")
	void voided() {
		complete(task(), Map.of(PasscodeProcess.VAR_RESULT, PasscodeProcess.RESULT_VOIDED));
		assertThat(this.instance).isEnded().hasPassed(PasscodeProcess.END_VOIDED);
	}

	@Test
	@DisplayName("R-REISSUE-7: the PT5M timer ends at 通行碼逾時")
	void expired() {
		execute(job(PasscodeProcess.TIMER_EXPIRED));
		assertThat(this.instance).isEnded().hasPassed(PasscodeProcess.END_EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-7/8: a resend goes back to sending a new code, then waits again")
	void resend() {
		this.runtime.createMessageCorrelation(PasscodeProcess.MESSAGE_RESEND)
			.processInstanceId(this.instance.getId())
			.correlate();
		assertThat(this.instance).isWaitingAt(PasscodeProcess.TASK_SEND);
		execute(job());
		assertThat(this.instance).isWaitingAt(PasscodeProcess.TASK_ENTER);
	}

}
