package com.brokerage.passwordcenter.backoffice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.notification.SmsSender;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.EngineSecretScan;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The back-office diagrams worked as agents and clerks work them in Tasklist: as an
 * authenticated engine user of their group, with the engine's authorizations on
 * (R-OPS-1..4).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class BackOfficeProcessTest {

	private static final String AGENT = "agent-test";

	private static final String CLERK = "clerk-test";

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	com.brokerage.passwordcenter.audit.AuditTrail audit;

	@MockitoBean
	SmsSender sms;

	@BeforeEach
	void users() {
		init(this.engine);
		ensureUser(AGENT, BackOfficeGroups.CUSTOMER_SERVICE);
		ensureUser(CLERK, BackOfficeGroups.BRANCH_CLERK);
	}

	@AfterEach
	void logout() {
		this.identity.clearAuthentication();
	}

	@Test
	@DisplayName("R-OPS-1, R-LOGIN-3: an agent verifies the caller and unlocks; the customer logs in with the original password")
	void phoneUnlock() throws Exception {
		Customer customer = locked("Right1234");
		ProcessInstance instance = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(customer));
		assertThat(instance).isWaitingAt(BackOfficeProcesses.TASK_CONFIRM_PHONE_UNLOCK);
		assertThat(this.runtime.getVariable(instance.getId(), BackOfficeProcesses.VAR_MASKED_ID))
			.isEqualTo(customer.getMaskedCustomerId());

		completeAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, instance, Map.of("confirmUnlock", true));
		assertThat(instance).isEnded().hasPassed("End_Unlocked");
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Right1234").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-OPS-1: only customer-service sees and completes the phone-unlock task")
	void onlyCustomerServiceSeesTheTask() {
		Customer customer = locked("Right1234");
		ProcessInstance instance = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(customer));
		Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.identity.setAuthentication(CLERK, List.of(BackOfficeGroups.BRANCH_CLERK));
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThatThrownBy(() -> this.tasks.complete(task.getId(), Map.of("confirmUnlock", true)))
			.isInstanceOf(AuthorizationException.class);
		this.identity.setAuthentication(AGENT, List.of(BackOfficeGroups.CUSTOMER_SERVICE));
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
		// and a clerk cannot start a phone unlock at all
		this.identity.setAuthentication(CLERK, List.of(BackOfficeGroups.BRANCH_CLERK));
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(customer)))
			.isInstanceOf(AuthorizationException.class);
	}

	@Test
	@DisplayName("R-LOGIN-3/4: a second unlock is refused by the service and ends at 不可再解鎖，僅能補發")
	void secondUnlockRefused() {
		Customer customer = locked("Right1234");
		this.testCustomers.unlock(customer);
		this.testCustomers.lock(customer);
		ProcessInstance instance = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(customer));
		completeAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, instance, Map.of("confirmUnlock", true));
		assertThat(instance).isEnded().hasPassed("End_ReissueOnly");
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
	}

	@Test
	@DisplayName("phone unlock: not locked, not confirmed, unknown ID — each its own end event")
	void phoneUnlockOtherEnds() {
		Customer open = this.testCustomers.unified("Right1234");
		ProcessInstance notLocked = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(open));
		completeAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, notLocked, Map.of("confirmUnlock", true));
		assertThat(notLocked).isEnded().hasPassed("End_NotLocked");

		Customer customer = locked("Right1234");
		Map<String, Object> unverified = phoneUnlockForm(customer);
		unverified.put("verifiedBirthDate", false);
		ProcessInstance notConfirmed = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE,
				BackOfficeProcesses.PHONE_UNLOCK, unverified);
		completeAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, notConfirmed, Map.of("confirmUnlock", true));
		assertThat(notConfirmed).isEnded().hasPassed("End_NotConfirmed");
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();

		Map<String, Object> unknown = phoneUnlockForm(customer);
		unknown.put("nationalId", com.brokerage.passwordcenter.support.TestIds.nationalId());
		assertThat(startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK, unknown))
			.isEnded()
			.hasPassed("End_CustomerNotFound");
	}

	@Test
	@DisplayName("R-OPS-2, R-LOGIN-6: a clerk's branch reissue sends the initial password by SMS; it opens the login and is nowhere in the engine")
	void branchReissue() throws Exception {
		Customer customer = locked("Forgot123");
		ProcessInstance instance = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE,
				branchForm(customer));
		assertThat(instance).isWaitingAt(BackOfficeProcesses.TASK_CHOOSE_ACCOUNTS);
		Long account = this.testCustomers.accounts(customer).get(0).getId();
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, instance,
				Map.of("accountIds",
						Variables.objectValue(List.of(String.valueOf(account)))
							.serializationDataFormat(Variables.SerializationDataFormats.JSON)
							.create(),
						"idCardChecked", true, "sealMatches", true));
		this.management
			.executeJob(this.management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
		assertThat(instance).isEnded().hasPassed("End_PasswordReissued");

		ArgumentCaptor<String> initial = ArgumentCaptor.forClass(String.class);
		verify(this.sms).sendBranchInitialPasswordSms(eq(customer.getMobile()), initial.capture());
		assertThat(this.testCustomers.reload(customer).isLocked()).isFalse();
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), initial.getValue()).getStatus())
			.isEqualTo(200);
		assertThat(EngineSecretScan.find(this.jdbc, initial.getValue())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// what Tasklist's form-js sends: typed like accountOptions, whose options it
			// took
			"{\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList<java.util.LinkedHashMap<java.lang.String,java.lang.String>>\",\"serializationDataFormat\":\"application/json\"},\"value\":\"[\\\"ID\\\"]\"}",
			// what it sends when the options variable is not known to it
			"{\"type\":\"Json\",\"value\":\"[\\\"ID\\\"]\"}", "{\"type\":\"String\",\"value\":\"[ID]\"}",
			"{\"type\":\"String\",\"value\":\"ID\"}", "{\"type\":\"Long\",\"value\":ID}" })
	@DisplayName("R-OPS-2: the checklist of accounts is read as engine REST delivers it from a form")
	void branchReissueReadsWhatFormsSend(String accountIds) throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		List<com.brokerage.passwordcenter.customer.Account> accounts = this.testCustomers.accounts(customer);
		ProcessInstance instance = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE,
				branchForm(customer));
		submitAsRest(instance, "{\"accountIds\":" + accountIds.replace("ID", String.valueOf(accounts.get(1).getId()))
				+ ",\"idCardChecked\":{\"value\":true},\"sealMatches\":{\"value\":true}}");
		this.management
			.executeJob(this.management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
		assertThat(instance).isEnded().hasPassed("End_PasswordReissued");

		ArgumentCaptor<String> initial = ArgumentCaptor.forClass(String.class);
		verify(this.sms).sendBranchInitialPasswordSms(eq(customer.getMobile()), initial.capture());
		ApiClient api = new ApiClient(this.mvc);
		assertThat(api.login(customer.getCustomerId(), initial.getValue()).getStatus()).as("the chosen futures account")
			.isEqualTo(200);
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Forgot123").getStatus())
			.as("the securities account keeps its password")
			.isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"type\":\"Json\",\"value\":\"{\\\"label\\\":\\\"x\\\"}\"}",
			"{\"type\":\"Json\",\"value\":\"[\\\"7\\\",{}]\"}", "{\"type\":\"String\",\"value\":\"seven\"}",
			"{\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"},\"value\":\"[7\"}" })
	@DisplayName("R-OPS-2: a checklist value that is no list of ids fails the job with a message naming the variable and the task")
	void branchReissueRefusesBadValues(String accountIds) throws Exception {
		Customer customer = locked("Forgot123");
		ProcessInstance instance = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE,
				branchForm(customer));
		submitAsRest(instance, "{\"accountIds\":" + accountIds
				+ ",\"idCardChecked\":{\"value\":true},\"sealMatches\":{\"value\":true}}");
		String job = this.management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId();
		assertThatThrownBy(() -> this.management.executeJob(job))
			.isInstanceOf(com.brokerage.passwordcenter.common.ProcessDataException.class);
		assertThat(this.management.createJobQuery().jobId(job).singleResult().getExceptionMessage())
			.startsWith("Process variable 'accountIds' in activity 'Task_ResetAtBranch' of process 'branch-reissue'")
			.contains("a list of ids was expected");
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
	}

	@Test
	@DisplayName("R-OPS-2: no ID card / seal check, no reissue; no mobile on file ends at its own end event")
	void branchReissueRefusals() {
		Customer customer = locked("Forgot123");
		ProcessInstance unverified = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE,
				branchForm(customer));
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, unverified,
				Map.of("idCardChecked", true, "sealMatches", false));
		assertThat(unverified).isEnded().hasPassed("End_NotVerified");

		Customer noMobile = this.testCustomers.withoutMobile("Forgot123");
		ProcessInstance instance = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE,
				branchForm(noMobile));
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, instance, Map.of("idCardChecked", true, "sealMatches", true));
		this.management
			.executeJob(this.management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
		assertThat(instance).isEnded().hasPassed("End_NoMobile");
		verify(this.sms, org.mockito.Mockito.never()).sendBranchInitialPasswordSms(eq(null), anyString());
	}

	@Test
	@DisplayName("R-OPS-3, R-UNIFY-3: a clerk splits a unified customer; a non-unified one ends at 非歸戶客戶")
	void branchSplit() {
		Customer unified = this.testCustomers.unified("Same1234");
		ProcessInstance split = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_SPLIT,
				branchForm(unified));
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, split,
				Map.of("idCardChecked", true, "sealMatches", true, "confirmSplit", true));
		assertThat(split).isEnded().hasPassed("End_Split");
		assertThat(this.testCustomers.reload(unified).isUnified()).isFalse();

		Customer notUnified = this.testCustomers.split("One12345", "Two12345");
		ProcessInstance refused = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_SPLIT,
				branchForm(notUnified));
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, refused,
				Map.of("idCardChecked", true, "sealMatches", true, "confirmSplit", true));
		assertThat(refused).isEnded().hasPassed("End_NotUnified");

		ProcessInstance unconfirmed = startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_SPLIT,
				branchForm(unified));
		completeAs(CLERK, BackOfficeGroups.BRANCH_CLERK, unconfirmed,
				Map.of("idCardChecked", true, "sealMatches", true, "confirmSplit", false));
		assertThat(unconfirmed).isEnded().hasPassed("End_NotVerified");
	}

	@Test
	@DisplayName("branch reissue and split: an unknown ID ends at 查無此客戶")
	void branchUnknownCustomer() {
		Map<String, Object> unknown = new HashMap<>();
		unknown.put("nationalId", com.brokerage.passwordcenter.support.TestIds.nationalId());
		assertThat(startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_REISSUE, unknown)).isEnded()
			.hasPassed("End_CustomerNotFound");
		assertThat(startAs(CLERK, BackOfficeGroups.BRANCH_CLERK, BackOfficeProcesses.BRANCH_SPLIT, unknown)).isEnded()
			.hasPassed("End_CustomerNotFound");
	}

	@Test
	@DisplayName("R-OPS-4: the agent's user id is on the audit record of a phone unlock")
	void auditNamesTheAgent() {
		Customer customer = locked("Right1234");
		ProcessInstance instance = startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK,
				phoneUnlockForm(customer));
		completeAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, instance, Map.of("confirmUnlock", true));
		assertThat(this.audit.forCustomer(customer.getId())).anySatisfy((record) -> {
			assertThat(record.getAction()).isEqualTo(com.brokerage.passwordcenter.audit.AuditAction.UNLOCK);
			assertThat(record.getActor()).isEqualTo(AGENT);
			assertThat(record.getChannel()).isEqualTo(com.brokerage.passwordcenter.audit.Channel.PHONE);
			assertThat(record.getProcessInstanceId()).isEqualTo(instance.getId());
		});
	}

	@Test
	@DisplayName("R-PWD-5: a secret typed into a back-office form is refused by the engine")
	void secretFieldRefused() {
		Customer customer = locked("Right1234");
		Map<String, Object> form = phoneUnlockForm(customer);
		form.put("password", "Right1234");
		assertThatThrownBy(
				() -> startAs(AGENT, BackOfficeGroups.CUSTOMER_SERVICE, BackOfficeProcesses.PHONE_UNLOCK, form))
			.hasMessageContaining("secret");
		assertThat(EngineSecretScan.find(this.jdbc, "Right1234")).isEmpty();
	}

	private ProcessInstance startAs(String user, String group, String process, Map<String, Object> form) {
		this.identity.setAuthentication(user, List.of(group));
		try {
			return this.runtime.startProcessInstanceByKey(process, form);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void completeAs(String user, String group, ProcessInstance instance, Map<String, Object> form) {
		this.identity.setAuthentication(user, List.of(group));
		try {
			Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
			this.tasks.complete(task.getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	/**
	 * Completes the task with a {@code submit-form} body, converted as engine REST
	 * converts it.
	 */
	private void submitAsRest(ProcessInstance instance, String variablesJson) throws Exception {
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		Map<String, org.camunda.bpm.engine.rest.dto.VariableValueDto> dtos = json.readValue(variablesJson,
				new com.fasterxml.jackson.core.type.TypeReference<>() {
				});
		this.identity.setAuthentication(CLERK, List.of(BackOfficeGroups.BRANCH_CLERK));
		try {
			Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
			this.engine.getFormService()
				.submitTaskForm(task.getId(),
						org.camunda.bpm.engine.rest.dto.VariableValueDto.toMap(dtos, this.engine, json));
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private Customer locked(String password) {
		Customer customer = this.testCustomers.unified(password);
		this.testCustomers.lock(customer);
		return customer;
	}

	private static Map<String, Object> phoneUnlockForm(Customer customer) {
		Map<String, Object> form = new HashMap<>();
		form.put("nationalId", customer.getCustomerId());
		form.put("verifiedName", true);
		form.put("verifiedBirthDate", true);
		form.put("verifiedContact", true);
		form.put("note", "caller verified");
		return form;
	}

	private static Map<String, Object> branchForm(Customer customer) {
		Map<String, Object> form = new HashMap<>();
		form.put("nationalId", customer.getCustomerId());
		form.put("note", "at branch");
		return form;
	}

	private void ensureUser(String id, String group) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setPassword("test-" + id);
			this.identity.saveUser(user);
			this.identity.createMembership(id, group);
		}
	}

}
