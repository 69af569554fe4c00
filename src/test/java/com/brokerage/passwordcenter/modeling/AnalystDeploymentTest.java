package com.brokerage.passwordcenter.modeling;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.reissue.ReissueApplications;
import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a process analyst may deploy from Camunda Modeler and look at definitions in
 * Cockpit — and nothing more: no task, no instance, no variable, no history, no start, no
 * delete, no operator or customer API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnalystDeploymentTest {

	// not the demo profile's "analyst": OperatorAccessTest checks that one is absent here
	private static final String ANALYST = "test-analyst";

	private static final String ANALYST_PASSWORD = "analyst-test";

	private static final String TRIAL_PROCESS = "analyst-trial";

	private static final String CUSTOMER_NAME = "林小美";

	private static final String TRIAL_DECISION = "analyst-trial-limit";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ReissueApplications reissues;

	EngineRestClient analyst;

	@BeforeEach
	void analyst() {
		DefaultEngine.serve(this.engine);
		TestEngineUsers.ensure(this.identity, ANALYST, ANALYST_PASSWORD, ProcessAnalysts.GROUP);
		this.analyst = new EngineRestClient(base(), ANALYST, ANALYST_PASSWORD);
	}

	@Test
	@DisplayName("the process-analyst group exists in every profile, not only the demo")
	void groupExists() {
		assertThat(this.identity.createGroupQuery().groupId(ProcessAnalysts.GROUP).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("Camunda's Basic-auth filter lets an analyst in with the right password only")
	void basicAuthentication() {
		assertThat(this.analyst.get("/version").statusCode()).isEqualTo(200);
		// another analyst: a wrong password makes the engine delay that user's next login
		TestEngineUsers.ensure(this.identity, "analyst-typo", ANALYST_PASSWORD, ProcessAnalysts.GROUP);
		assertThat(new EngineRestClient(base(), "analyst-typo", "wrong").get("/version").statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("deploys as Camunda Modeler does: 200, a new version; the same file again deploys nothing")
	void deploysAsModeler() {
		String diagram = trialDiagram("first");
		HttpResponse<String> deployed = this.analyst.deployAsModeler("analyst trial", TRIAL_PROCESS + ".bpmn", diagram);
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		String deploymentId = JsonPath.read(deployed.body(), "$.id");
		assertThat((String) JsonPath.read(deployed.body(), "$.source")).isEqualTo(EngineRestClient.MODELER_SOURCE);
		Map<String, Object> definitions = JsonPath.read(deployed.body(), "$.deployedProcessDefinitions");
		assertThat(definitions).hasSize(1);

		// the analyst sees definitions and deployments (Cockpit's pages read the same)
		HttpResponse<String> listed = this.analyst
			.get("/process-definition?key=" + TRIAL_PROCESS + "&latestVersion=true");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(listed.body(), "$[0].deploymentId")).isEqualTo(deploymentId);
		assertThat(this.analyst.get("/deployment/" + deploymentId + "/resources").statusCode()).isEqualTo(200);

		// Modeler asks for duplicate filtering: an unchanged file makes no new version
		HttpResponse<String> again = this.analyst.deployAsModeler("analyst trial", TRIAL_PROCESS + ".bpmn", diagram);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(again.body(), "$.id")).isEqualTo(deploymentId);
	}

	@Test
	@DisplayName("deploys a decision table as Camunda Modeler does: 200, a new version, visible with its requirements diagram; the same file again deploys nothing")
	void deploysDecisionTableAsModeler() {
		HttpResponse<String> deployed = this.analyst.deployAsModeler("analyst trial table", TRIAL_DECISION + ".dmn",
				trialTable(3));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		String deploymentId = JsonPath.read(deployed.body(), "$.id");
		Map<String, Map<String, Object>> decisions = JsonPath.read(deployed.body(), "$.deployedDecisionDefinitions");
		assertThat(decisions.values()).extracting((definition) -> definition.get("key"))
			.containsExactlyInAnyOrder(TRIAL_DECISION, TRIAL_DECISION + "-note");
		assertThat(JsonPath.<Map<String, Object>>read(deployed.body(), "$.deployedDecisionRequirementsDefinitions"))
			.hasSize(1);

		// Cockpit → Decisions reads these: the definition, its table (the XML) and the
		// DRD
		HttpResponse<String> listed = this.analyst
			.get("/decision-definition?key=" + TRIAL_DECISION + "&latestVersion=true");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(listed.body(), "$[0].deploymentId")).isEqualTo(deploymentId);
		String definitionId = JsonPath.read(listed.body(), "$[0].id");
		HttpResponse<String> xml = this.analyst.get("/decision-definition/" + definitionId + "/xml");
		assertThat(xml.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(xml.body(), "$.dmnXml")).contains("<text>3</text>");
		String requirementsId = JsonPath.read(listed.body(), "$[0].decisionRequirementsDefinitionId");
		assertThat(this.analyst.get("/decision-requirements-definition/" + requirementsId + "/xml").statusCode())
			.isEqualTo(200);

		HttpResponse<String> again = this.analyst.deployAsModeler("analyst trial table", TRIAL_DECISION + ".dmn",
				trialTable(3));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(again.body(), "$.id")).isEqualTo(deploymentId);
		assertThat(this.repository.createDecisionDefinitionQuery().decisionDefinitionKey(TRIAL_DECISION).count())
			.isEqualTo(1);
		assertThat(this.analyst.get("/decision-requirements-definition?key=Definitions_" + TRIAL_DECISION).body())
			.contains(requirementsId);
	}

	@Test
	@DisplayName("R-REISSUE-2: the analyst's reissue-limits.dmn with 3 a day, deployed as Modeler does, is the limit at once (docs/modeling.md, Policy tables)")
	void changedPolicyTableTakesEffect() {
		try {
			HttpResponse<String> deployed = this.analyst.deployAsModeler("reissue-limits", "reissue-limits.dmn",
					PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>3</text>"));
			assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
			assertThat(deployed.body()).contains("\"key\":\"reissueLimits\"");
			assertThat(this.reissues.dailyLimit()).isEqualTo(3);
		}
		finally {
			PolicyEdits.restore(this.repository, PolicyTable.REISSUE_LIMITS);
		}
		assertThat(this.reissues.dailyLimit()).isEqualTo(5);
	}

	@Test
	@DisplayName("R-REISSUE-2: a table the guard rails refuse answers 400 naming the file, the table, the row and the problem; nothing is deployed")
	void brokenPolicyTableRefused() {
		long versions = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PolicyTable.REISSUE_LIMITS.key())
			.count();
		HttpResponse<String> refused = this.analyst.deployAsModeler("reissue-limits", "reissue-limits.dmn",
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>0</text>"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.body(), "$.message")).contains(
				"reissue-limits.dmn: table '線上補發限制' (reissueLimits) refused (docs/operations.md, \"Policy tables\"): "
						+ "row 1 (Rule_Online): dailyLimit 0 is below 1");
		assertThat(this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PolicyTable.REISSUE_LIMITS.key())
			.count()).isEqualTo(versions);
		assertThat(this.reissues.dailyLimit()).isEqualTo(5);
	}

	@Test
	@DisplayName("may not evaluate a decision, read decision history or delete a table's deployment")
	void decisionTableRestrictions() {
		HttpResponse<String> deployed = this.analyst.deployAsModeler("analyst trial table restrictions",
				TRIAL_DECISION + "-restricted.dmn",
				trialTable(4).replace(TRIAL_DECISION, TRIAL_DECISION + "-restricted"));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		String deploymentId = JsonPath.read(deployed.body(), "$.id");
		String key = TRIAL_DECISION + "-restricted";
		// the application evaluates it with customers' inputs: that history is the
		// operators'
		this.engine.getDecisionService().evaluateDecisionTableByKey(key, Map.of("channel", "online"));

		assertThat(this.analyst
			.post("/decision-definition/key/" + key + "/evaluate",
					"{\"variables\":{\"channel\":{\"value\":\"online\",\"type\":\"String\"}}}")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> history = this.analyst.get("/history/decision-instance?decisionDefinitionKey=" + key);
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(history.body(), "$.length()")).isZero();
		assertThat(this.history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).count()).isEqualTo(1);
		assertThat(this.analyst.delete("/deployment/" + deploymentId + "?cascade=true").statusCode()).isEqualTo(403);
		assertThat(this.repository.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("may not delete a deployment, not even its own (a cascade would delete customers' applications)")
	void noDelete() {
		String deploymentId = deployTrial("no delete");
		assertThat(this.analyst.delete("/deployment/" + deploymentId + "?cascade=true").statusCode()).isEqualTo(403);
		assertThat(this.repository.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("may not start an instance, not even of its own diagram")
	void noStart() {
		String definitionId = this.repository.createProcessDefinitionQuery()
			.deploymentId(deployTrial("no start"))
			.singleResult()
			.getId();
		assertThat(this.analyst.post("/process-definition/" + definitionId + "/start", "{}").statusCode())
			.isEqualTo(403);
		assertThat(this.analyst.post("/process-definition/key/" + TRIAL_PROCESS + "/start", "{}").statusCode())
			.isEqualTo(403);
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionId(definitionId).count()).isZero();
	}

	@Test
	@DisplayName("sees no task of a running application and cannot complete one")
	void noTasks() {
		ProcessInstance instance = runningTrial("no tasks");
		String taskId = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

		assertThat(JsonPath.<Integer>read(this.analyst.get("/task").body(), "$.length()")).isZero();
		assertThat(this.analyst.get("/task/count").body()).contains("\"count\":0");
		// 404: a query the authorizations filter finds nothing; 403: a command refused
		assertThat(this.analyst.get("/task/" + taskId).statusCode()).isEqualTo(404);
		assertThat(this.analyst.post("/task/" + taskId + "/complete", "{}").statusCode()).isEqualTo(403);
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("reads no instance, no variable and no history: where customer data lives")
	void noCustomerData() {
		ProcessInstance instance = runningTrial("no data");
		String id = instance.getId();

		for (String list : new String[] { "/process-instance", "/execution", "/variable-instance", "/incident",
				"/job?processInstanceId=" + id, "/history/process-instance", "/history/variable-instance",
				"/history/activity-instance", "/history/task", "/history/detail", "/history/user-operation" }) {
			HttpResponse<String> answer = this.analyst.get(list);
			assertThat(answer.statusCode()).as(list).isEqualTo(200);
			assertThat(JsonPath.<Integer>read(answer.body(), "$.length()")).as(list).isZero();
		}
		assertThat(this.analyst.get("/process-instance/" + id).statusCode()).isEqualTo(404);
		HttpResponse<String> variables = this.analyst.get("/process-instance/" + id + "/variables");
		assertThat(variables.statusCode()).isEqualTo(403);
		assertThat(variables.body()).doesNotContain(CUSTOMER_NAME);
		assertThat(this.analyst.get("/process-instance/" + id + "/variables/customerName").statusCode()).isEqualTo(403);
		assertThat(this.analyst.get("/history/process-instance/" + id).statusCode()).isEqualTo(404);
		assertThat(this.analyst.get("/history/variable-instance?processInstanceId=" + id).body())
			.doesNotContain(CUSTOMER_NAME);
		// the engine itself still holds the value: the refusals above are authorizations
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(id).singleResult().getValue())
			.isEqualTo(CUSTOMER_NAME);
	}

	@Test
	@DisplayName("changes no user, group or authorization")
	void noIdentityAdministration() {
		assertThat(this.analyst.post("/authorization/create",
				"{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"test-analyst\",\"resourceType\":8,\"resourceId\":\"*\"}")
			.statusCode()).isEqualTo(403);
		assertThat(this.analyst.put("/group/camunda-admin/members/" + ANALYST, "").statusCode()).isEqualTo(403);
		assertThat(this.identity.createGroupQuery().groupMember(ANALYST).groupId("camunda-admin").count()).isZero();
	}

	@Test
	@DisplayName("no operator API, no metrics (403) and no customer API (401) with the analyst's credentials")
	void noOperatorOrCustomerApi() {
		assertThat(getWithBasic("/api/v1/operator/audit?customer=A123456789").statusCode()).isEqualTo(403);
		assertThat(getWithBasic("/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(getWithBasic("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(getWithBasic("/api/v1/me/accounts").statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("logs in to Cockpit and sees definitions there, no instance; not to Tasklist or Admin")
	void cockpitOnly() {
		runningTrial("cockpit");
		Webapps browser = new Webapps(base());
		HttpResponse<String> cockpit = browser.login("cockpit", ANALYST, ANALYST_PASSWORD);
		assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(200);
		HttpResponse<String> definitions = browser
			.get("/camunda/api/engine/engine/default/process-definition/count?key=" + TRIAL_PROCESS);
		assertThat(JsonPath.<Integer>read(definitions.body(), "$.count")).isPositive();
		assertThat(JsonPath
			.<Integer>read(browser.get("/camunda/api/engine/engine/default/process-instance/count").body(), "$.count"))
			.isZero();

		assertThat(new Webapps(base()).login("tasklist", ANALYST, ANALYST_PASSWORD).statusCode()).isEqualTo(403);
		assertThat(new Webapps(base()).login("admin", ANALYST, ANALYST_PASSWORD).statusCode()).isEqualTo(403);
	}

	private String deployTrial(String label) {
		HttpResponse<String> deployed = this.analyst.deployAsModeler("analyst trial " + label, TRIAL_PROCESS + ".bpmn",
				trialDiagram(label));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		return JsonPath.read(deployed.body(), "$.id");
	}

	/** The analyst's diagram, started by the application (here: the test) with data. */
	private ProcessInstance runningTrial(String label) {
		deployTrial(label);
		return this.runtime.startProcessInstanceByKey(TRIAL_PROCESS, Map.of("customerName", CUSTOMER_NAME));
	}

	/** A diagram as Modeler saves it; {@code label} makes each one a change. */
	private static String trialDiagram(String label) {
		return Bpmn.convertToString(Bpmn.createExecutableProcess(TRIAL_PROCESS)
			.name("Analyst trial " + label)
			.camundaHistoryTimeToLive(180)
			.startEvent()
			.userTask("Task_Look")
			.name("Look")
			.endEvent()
			.done());
	}

	/**
	 * Decision tables as Modeler saves them (DMN 1.3, FEEL, with DI): the limit, one row
	 * ({@code limit}), and a second table beside it, so the engine makes a decision
	 * requirements definition (it does for a file with more than one decision).
	 */
	private static String trialTable(int limit) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
				xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" \
				xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="Analyst trial" \
				namespace="http://camunda.org/schema/1.0/dmn">
				  <decision id="%1$s" name="Analyst trial limit" camunda:historyTimeToLive="180">
				    <decisionTable id="DecisionTable_Trial" hitPolicy="UNIQUE">
				      <input id="Input_Channel" label="Channel">
				        <inputExpression id="InputExpression_Channel" typeRef="string"><text>channel</text></inputExpression>
				      </input>
				      <output id="Output_Limit" label="Limit" name="limit" typeRef="integer" />
				      <rule id="Rule_Any">
				        <inputEntry id="UnaryTests_Any"><text>-</text></inputEntry>
				        <outputEntry id="LiteralExpression_Limit"><text>%2$d</text></outputEntry>
				      </rule>
				    </decisionTable>
				  </decision>
				  <decision id="%1$s-note" name="Analyst trial note" camunda:historyTimeToLive="180">
				    <decisionTable id="DecisionTable_Note">
				      <input id="Input_NoteChannel" label="Channel">
				        <inputExpression id="InputExpression_NoteChannel" typeRef="string"><text>channel</text></inputExpression>
				      </input>
				      <output id="Output_Note" label="Note" name="note" typeRef="string" />
				      <rule id="Rule_Note">
				        <inputEntry id="UnaryTests_Note"><text>-</text></inputEntry>
				        <outputEntry id="LiteralExpression_Note"><text>"trial"</text></outputEntry>
				      </rule>
				    </decisionTable>
				  </decision>
				  <dmndi:DMNDI>
				    <dmndi:DMNDiagram id="DMNDiagram_Trial">
				      <dmndi:DMNShape id="DMNShape_Trial" dmnElementRef="%1$s">
				        <dc:Bounds height="80" width="180" x="160" y="100" />
				      </dmndi:DMNShape>
				      <dmndi:DMNShape id="DMNShape_Note" dmnElementRef="%1$s-note">
				        <dc:Bounds height="80" width="180" x="400" y="100" />
				      </dmndi:DMNShape>
				    </dmndi:DMNDiagram>
				  </dmndi:DMNDI>
				</definitions>
				"""
			.formatted(TRIAL_DECISION, limit);
	}

	private HttpResponse<String> getWithBasic(String path) {
		return send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((ANALYST + ":" + ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return send(HttpClient.newHttpClient(), request);
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * A browser at the Camunda webapps: their CSRF cookie echoed in its header, then the
	 * login form of one app.
	 */
	private static final class Webapps {

		private final String base;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		Webapps(String base) {
			this.base = base;
		}

		HttpResponse<String> login(String app, String user, String password) {
			get("/camunda/app/" + app + "/default/");
			String csrf = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
				.findFirst()
				.orElseThrow()
				.getValue();
			return send(this.http,
					HttpRequest.newBuilder(URI.create(this.base + "/camunda/api/admin/auth/user/default/login/" + app))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("X-XSRF-TOKEN", csrf)
						.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
		}

		HttpResponse<String> get(String path) {
			return send(this.http,
					HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "application/json").GET());
		}

	}

}
