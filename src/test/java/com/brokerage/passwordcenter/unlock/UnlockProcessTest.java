package com.brokerage.passwordcenter.unlock;

import java.util.HashMap;
import java.util.Map;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every end event of {@code bpmn/unlock.bpmn} (R-UNLOCK-1..4, R-LOGIN-3/4). */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestCustomers.class)
class UnlockProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestCustomers testCustomers;

	@BeforeEach
	void initAssertions() {
		init(this.engine);
	}

	@Test
	@DisplayName("R-LOGIN-3: a first lock with a valid certificate and matching identity is lifted")
	void unlocked() {
		Customer customer = locked();
		assertThat(start(customer.getId(), true, true)).isEnded().hasPassed("Task_LiftLock", "End_Unlocked");
		assertThat(this.testCustomers.reload(customer).isLocked()).isFalse();
		assertThat(this.testCustomers.reload(customer).isUnlockUsed()).isTrue();
	}

	@Test
	@DisplayName("R-UNLOCK-3: without a valid certificate of this customer there is no unlock")
	void noCertificate() {
		Customer customer = locked();
		assertThat(start(customer.getId(), true, false)).isEnded().hasPassed("End_NoCertificate");
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
	}

	@Test
	@DisplayName("R-UNLOCK-1: unknown ID or wrong birth date end at the same identity-mismatch end")
	void identityMismatch() {
		assertThat(start(null, false, true)).isEnded().hasPassed("End_IdentityMismatch");
		assertThat(start(locked().getId(), false, true)).isEnded().hasPassed("End_IdentityMismatch");
	}

	@Test
	@DisplayName("an unlocked login has nothing to lift")
	void notLocked() {
		Customer customer = this.testCustomers.unified("Right1234");
		assertThat(start(customer.getId(), true, true)).isEnded().hasPassed("End_NotLocked");
	}

	@Test
	@DisplayName("R-LOGIN-4, R-UNLOCK-4: after the one unlock and 3 more failures only a reissue remains")
	void reissueOnly() {
		Customer customer = locked();
		this.testCustomers.unlock(customer);
		this.testCustomers.lock(customer);
		assertThat(start(customer.getId(), true, true)).isEnded().hasPassed("End_ReissueOnly");
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-3: an unlock that loses the race at Task_LiftLock lifts nothing and ends at its own end "
			+ "event, not at End_Unlocked")
	void lostRaceEndsAtItsOwnEnd() {
		Customer customer = locked();
		// the check passed; before the lift, customer service unlocked the login
		this.testCustomers.unlock(customer);
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(UnlockProcess.PROCESS_ID)
			.setVariable(UnlockProcess.VAR_CUSTOMER_REF, customer.getId())
			.setVariable(UnlockProcess.VAR_IDENTITY_MATCHED, true)
			.setVariable(UnlockProcess.VAR_CERTIFICATE_VALID, true)
			.setVariable(UnlockProcess.VAR_ELIGIBILITY, UnlockEligibility.ELIGIBLE.name())
			.startBeforeActivity(UnlockProcess.TASK_LIFT)
			.execute();
		assertThat(instance).isEnded()
			.hasPassed(UnlockProcess.TASK_LIFT, UnlockProcess.END_UNLOCK_REFUSED)
			.hasNotPassed("End_Unlocked");
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(UnlockProcess.VAR_ELIGIBILITY)
			.singleResult()
			.getValue()).isEqualTo(UnlockEligibility.NOT_LOCKED.name());
	}

	private Customer locked() {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		return customer;
	}

	private ProcessInstance start(Long customerRef, boolean identityMatched, boolean certificateValid) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(UnlockProcess.VAR_CUSTOMER_REF, customerRef);
		variables.put(UnlockProcess.VAR_IDENTITY_MATCHED, identityMatched);
		variables.put(UnlockProcess.VAR_CERTIFICATE_VALID, certificateValid);
		return this.runtime.startProcessInstanceByKey(UnlockProcess.PROCESS_ID, variables);
	}

}
