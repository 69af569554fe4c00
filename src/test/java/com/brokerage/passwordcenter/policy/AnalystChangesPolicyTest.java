package com.brokerage.passwordcenter.policy;

import java.net.http.HttpResponse;
import java.util.List;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.modeling.ProcessAnalysts;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, acceptance 1 and 2: a process analyst deploys a changed table over engine
 * REST exactly as Camunda Modeler does, and the running app (no restart) behaves by it at
 * once — the first page, the limit itself, its refusal; a bad table is refused with a
 * message naming the table, the row and the problem, and changes nothing. Plain HTTP on a
 * random port (require-tls off, as for local tests), the customer API as docs/api.md
 * calls it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.certificate.require-tls=false")
@ActiveProfiles("test")
@Import(TestCustomers.class)
class AnalystChangesPolicyTest {

	private static final String ANALYST = "policy-analyst";

	private static final String ANALYST_PASSWORD = "policy-analyst-test";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	@Autowired
	TestCustomers testCustomers;

	EngineRestClient analyst;

	@BeforeEach
	void analyst() {
		TestEngineUsers.ensure(this.identity, ANALYST, ANALYST_PASSWORD, ProcessAnalysts.GROUP);
		this.analyst = new EngineRestClient("http://localhost:" + this.port, ANALYST, ANALYST_PASSWORD);
	}

	@AfterEach
	void restore() {
		PolicyEdits.restore(this.repository, PolicyTable.REISSUE_LIMITS);
		PolicyEdits.restore(this.repository, PolicyTable.LOGIN_LOCK);
	}

	@Test
	@DisplayName("R-REISSUE-2: the analyst deploys a daily limit of 3 over REST; the first page says 3 and the fourth application is refused, naming 3")
	void dailyLimitThree() {
		HttpApiClient customer = new HttpApiClient("http://localhost:" + this.port, null);
		assertThat((Integer) JsonPath.read(customer.get("/api/v1/reissues/info").body(), "$.dailyLimit")).isEqualTo(5);

		HttpResponse<String> deployed = this.analyst.deployAsModeler("daily limit 3", "reissue-limits.dmn",
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>3</text>"));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		assertThat(JsonPath.<Object>read(deployed.body(), "$.deployedDecisionDefinitions")).asString()
			.contains(PolicyTable.REISSUE_LIMITS.key());

		assertThat((Integer) JsonPath.read(customer.get("/api/v1/reissues/info").body(), "$.dailyLimit")).isEqualTo(3);
		Customer forgetful = this.testCustomers.unified("Forgot123");
		for (int i = 1; i <= 3; i++) {
			assertThat(step1(customer, forgetful).statusCode()).as("application %d", i).isEqualTo(201);
		}
		HttpResponse<String> fourth = step1(customer, forgetful);
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat((String) JsonPath.read(fourth.body(), "$.code")).isEqualTo("REISSUE_DAILY_LIMIT_REACHED");
		assertThat((String) JsonPath.read(fourth.body(), "$.message")).contains("每日 3 次").doesNotContain("每日 5 次");

		// each step 1 was decided by the new version, in the decision history: no input
		// at all
		List<HistoricDecisionInstance> decided = this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(PolicyTable.REISSUE_LIMITS.key())
			.decisionDefinitionId(
					JsonPath.<java.util.Map<String, Object>>read(deployed.body(), "$.deployedDecisionDefinitions")
						.keySet()
						.iterator()
						.next())
			.includeInputs()
			.includeOutputs()
			.list();
		assertThat(decided).hasSize(4).allSatisfy((decision) -> assertThat(decision.getInputs()).isEmpty());
	}

	@Test
	@DisplayName("R-REISSUE-2: a daily limit above the ceiling is refused over REST (400) naming table, row and ceiling; the limit stays")
	void aboveCeilingRefused() {
		HttpResponse<String> refused = this.analyst.deployAsModeler("daily limit 50", "reissue-limits.dmn",
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>50</text>"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(refused.body(), "$.message")).contains(
				"reissue-limits.dmn: table '線上補發限制' (reissueLimits) refused",
				"row 1 (Rule_Online): dailyLimit 50 is above the ceiling 10 (password-center.policy.ceilings.daily-limit)");
		HttpApiClient customer = new HttpApiClient("http://localhost:" + this.port, null);
		assertThat((Integer) JsonPath.read(customer.get("/api/v1/reissues/info").body(), "$.dailyLimit")).isEqualTo(5);
	}

	@Test
	@DisplayName("R-LOGIN-2: the analyst deploys a first lock at 2 failures over REST; the next customer is locked after two wrong passwords")
	void firstLockAtTwo() {
		String table = PolicyEdits.shipped(PolicyTable.LOGIN_LOCK)
			.replace("<text>&lt; 3</text>", "<text>&lt; 2</text>")
			.replace("<text>[3..6)</text>", "<text>[2..6)</text>");
		assertThat(this.analyst.deployAsModeler("first lock at 2", "login-lock-policy.dmn", table).statusCode())
			.isEqualTo(200);
		Customer customer = this.testCustomers.unified("Right1234");
		HttpApiClient browser = new HttpApiClient("http://localhost:" + this.port, null);
		assertThat((String) JsonPath.read(browser.login(customer.getCustomerId(), "Wrong0001").body(), "$.code"))
			.isEqualTo("INVALID_CREDENTIALS");
		assertThat((String) JsonPath.read(browser.login(customer.getCustomerId(), "Wrong0002").body(), "$.code"))
			.isEqualTo("LOGIN_LOCKED_UNLOCK_AVAILABLE");
	}

	private static HttpResponse<String> step1(HttpApiClient customer, Customer who) {
		return customer.post("/api/v1/reissues",
				"{\"nationalId\":\"" + who.getCustomerId() + "\",\"birthDate\":\"19900215\"}");
	}

}
