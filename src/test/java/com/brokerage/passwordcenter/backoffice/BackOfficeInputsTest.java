package com.brokerage.passwordcenter.backoffice;

import java.net.http.HttpResponse;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.FailingEndpoint;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-office starts and completions with missing or mistyped data, sent as an agent's
 * script sends them (engine REST, HTTP Basic): a 400 naming the field, no process started
 * or moved, no stack trace in the log. Same context as the hostile-input tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.certificate.require-tls=false")
@Import({ FailingEndpoint.class, TestCustomers.class })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BackOfficeInputsTest {

	private static final String AGENT = "agent-inputs";

	private static final String CLERK = "clerk-inputs";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestCustomers customers;

	EngineRestClient agent;

	EngineRestClient clerk;

	@BeforeEach
	void users() {
		DefaultEngine.serve(this.engine);
		TestEngineUsers.ensure(this.identity, AGENT, "agent-inputs-pw", BackOfficeGroups.CUSTOMER_SERVICE);
		TestEngineUsers.ensure(this.identity, CLERK, "clerk-inputs-pw", BackOfficeGroups.BRANCH_CLERK);
		this.agent = new EngineRestClient("http://localhost:" + this.port, AGENT, "agent-inputs-pw");
		this.clerk = new EngineRestClient("http://localhost:" + this.port, CLERK, "clerk-inputs-pw");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { BackOfficeProcesses.PHONE_UNLOCK, BackOfficeProcesses.BRANCH_REISSUE,
			BackOfficeProcesses.BRANCH_SPLIT })
	@DisplayName("R-OPS-1: a start without the national ID is a 400 naming nationalId, nothing started, no stack trace")
	void startWithoutId(String process, CapturedOutput output) {
		EngineRestClient user = process.equals(BackOfficeProcesses.PHONE_UNLOCK) ? this.agent : this.clerk;
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey(process).count();
		HttpResponse<String> answer = user.post("/process-definition/key/" + process + "/start", "{}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat((String) JsonPath.read(answer.body(), "$.message")).contains("'nationalId'", "is required");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(process).count()).isEqualTo(before);
		assertThat(output.getAll()).contains("back-office call refused (400): Variable 'nationalId'")
			.doesNotContain("ENGINE-16004", "at org.camunda.bpm.engine.impl");
	}

	@Test
	@DisplayName("R-OPS-1: a blank ID or a checkbox sent as text is refused by name and type, the value not echoed")
	void startMistyped() {
		HttpResponse<String> blank = this.agent.post("/process-definition/key/phone-unlock/start",
				"{\"variables\":{\"nationalId\":{\"value\":\"  \",\"type\":\"String\"}}}");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(blank.body(), "$.message")).contains("'nationalId'");
		HttpResponse<String> text = this.agent.post("/process-definition/key/phone-unlock/start",
				"{\"variables\":{\"nationalId\":{\"value\":\"A123456789\",\"type\":\"String\"},"
						+ "\"verifiedName\":{\"value\":\"yes-sir\",\"type\":\"String\"}}}");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(text.body(), "$.message")).contains("'verifiedName'", "Boolean", "String")
			.doesNotContain("yes-sir");
	}

	@Test
	@DisplayName("R-OPS-1: completing the confirm task without its checkbox, or with text, is a 400; with it the process moves on")
	void completeWithoutCheckbox() {
		Customer customer = this.customers.unified("Right1234");
		HttpResponse<String> started = this.agent.post("/process-definition/key/phone-unlock/start",
				"{\"variables\":{\"nationalId\":{\"value\":\"" + customer.getCustomerId() + "\",\"type\":\"String\"},"
						+ "\"verifiedName\":{\"value\":true,\"type\":\"Boolean\"},"
						+ "\"verifiedBirthDate\":{\"value\":true,\"type\":\"Boolean\"},"
						+ "\"verifiedContact\":{\"value\":true,\"type\":\"Boolean\"}}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		String instance = JsonPath.read(started.body(), "$.id");
		String task = JsonPath.read(this.agent.get("/task?processInstanceId=" + instance).body(), "$[0].id");

		HttpResponse<String> missing = this.agent.post("/task/" + task + "/complete", "{}");
		assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
		assertThat((String) JsonPath.read(missing.body(), "$.message")).contains("'confirmUnlock'", "is required");
		HttpResponse<String> text = this.agent.post("/task/" + task + "/complete",
				"{\"variables\":{\"confirmUnlock\":{\"value\":\"true\",\"type\":\"String\"}}}");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(text.body(), "$.message")).contains("'confirmUnlock'", "Boolean");
		assertThat(this.agent.get("/task/" + task).statusCode()).isEqualTo(200);

		HttpResponse<String> done = this.agent.post("/task/" + task + "/complete",
				"{\"variables\":{\"confirmUnlock\":{\"value\":true,\"type\":\"Boolean\"}}}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
	}

}
