package com.brokerage.passwordcenter.modeling;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a diagram edit that breaks what the Java code relies on is refused when the
 * analyst deploys it, as Camunda Modeler deploys (engine REST, multipart, Basic auth):
 * 400 with a message naming the file, the element and the reason; no new version. Each
 * case is the repo's diagram with one edit an analyst could make in Modeler.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DiagramConstraintsTest {

	private static final String ANALYST = "constraints-analyst";

	private static final String PASSWORD = "analyst-test";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	EngineRestClient analyst;

	@BeforeEach
	void analyst() {
		DefaultEngine.serve(this.engine);
		TestEngineUsers.ensure(this.identity, ANALYST, PASSWORD, ProcessAnalysts.GROUP);
		this.analyst = new EngineRestClient("http://localhost:" + this.port, ANALYST, PASSWORD);
	}

	@Test
	@DisplayName("R-REISSUE-9: making Task_IssueInitialPassword async is refused: the initial password is handed over in memory")
	void initialPasswordTaskStaysSynchronous() throws IOException {
		String edited = repo("reissue-with-certificate.bpmn").replace(
				"id=\"Task_IssueInitialPassword\" name=\"產生初始密碼\"",
				"id=\"Task_IssueInitialPassword\" name=\"產生初始密碼\" camunda:asyncBefore=\"true\"");
		long versions = versions("reissue-with-certificate");

		HttpResponse<String> answer = this.analyst.deployAsModeler("reissue-with-certificate",
				"reissue-with-certificate.bpmn", edited);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat((String) JsonPath.read(answer.body(), "$.type")).isEqualTo("ParseException");
		assertThat((String) JsonPath.read(answer.body(), "$.message")).contains(
				"reissue-with-certificate.bpmn: process 'reissue-with-certificate', element 'Task_IssueInitialPassword': "
						+ "must not be 'asynchronous before': the initial password is made there and handed to the "
						+ "customer's request in memory");
		assertThat((String) JsonPath.read(answer.body(),
				"$.details['reissue-with-certificate.bpmn'].errors[0].mainElementId"))
			.isEqualTo("Task_IssueInitialPassword");
		assertThat(versions("reissue-with-certificate")).as("nothing deployed").isEqualTo(versions);
	}

	@Test
	@DisplayName("the repo's diagrams keep every rule: deployed unchanged by an analyst they are accepted")
	void repoDiagramsAccepted() throws IOException {
		for (String file : new String[] { "reissue-without-certificate.bpmn", "passcode.bpmn",
				"branch-reissue.bpmn" }) {
			HttpResponse<String> answer = this.analyst.deployAsModeler("unchanged " + file, file, repo(file));
			assertThat(answer.statusCode()).as(file + ": " + answer.body()).isEqualTo(200);
		}
	}

	static Stream<Arguments> edits() {
		return Stream.of(
				Arguments.of("reissue-without-certificate.bpmn", "id=\"Task_IssueInitialPassword\" name=\"",
						"camunda:asyncBefore=\"true\" id=\"Task_IssueInitialPassword\" name=\"",
						"element 'Task_IssueInitialPassword': must not be 'asynchronous before'"),
				Arguments.of("passcode.bpmn", "<bpmn:userTask id=\"Task_EnterPasscode\"",
						"<bpmn:userTask camunda:asyncAfter=\"true\" id=\"Task_EnterPasscode\"",
						"element 'Task_EnterPasscode': must not be 'asynchronous after'"),
				Arguments.of("passcode.bpmn", "name=\"Message_ResendPasscode\"", "name=\"Message_Resend\"",
						"no event waits for the message named 'Message_ResendPasscode'"),
				Arguments.of("phone-unlock.bpmn", "errorCode=\"UNLOCK_NOT_ALLOWED\"", "errorCode=\"UNLOCK_REFUSED\"",
						"element 'Task_PhoneUnlock': needs an error boundary event for error code 'UNLOCK_NOT_ALLOWED'"),
				Arguments.of("branch-reissue.bpmn", "${branchReissueDelegate}", "${branchReissueDelegat}",
						"element 'Task_ResetAtBranch': delegate expression ${branchReissueDelegat} names no class"),
				Arguments.of("branch-split.bpmn", " camunda:initiator=\"startedBy\"", "",
						"element 'Start_SplitRequested': must keep initiator \"startedBy\""),
				Arguments.of("unification.bpmn", "End_Abandoned", "End_GaveUp",
						"element 'End_GaveUp': is an end event the application has no status for"),
				Arguments.of("reissue-without-certificate.bpmn", "Task_RequestPasscode", "Task_AskForPasscode",
						"element 'Task_RequestPasscode': is missing"),
				Arguments.of("reissue-with-certificate.bpmn", "calledElement=\"passcode\"",
						"calledElement=\"passcode-v2\"",
						"element 'CallActivity_VerifyPasscode': must call the process 'passcode'"),
				Arguments.of("reissue-with-certificate.bpmn",
						"<camunda:in source=\"applicationId\" target=\"applicationId\" />", "",
						"element 'CallActivity_VerifyPasscode': must pass the variable 'applicationId' down"));
	}

	@ParameterizedTest(name = "{0}: {3}")
	@MethodSource("edits")
	@DisplayName("each thing the code relies on is refused at deployment with the file, the element and the reason")
	void editRefused(String file, String from, String to, String message) throws IOException {
		String original = repo(file);
		assertThat(original).as("the edit applies to today's " + file).contains(from);

		HttpResponse<String> answer = this.analyst.deployAsModeler("edited " + file, file, original.replace(from, to));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat((String) JsonPath.read(answer.body(), "$.message")).contains(file + ": process '").contains(message);
	}

	private long versions(String key) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
	}

	private static String repo(String file) throws IOException {
		return Files.readString(Path.of("bpmn", file), StandardCharsets.UTF_8);
	}

}
