package com.brokerage.passwordcenter.backoffice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.brokerage.passwordcenter.support.DefaultEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperatorAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessEngine engine;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void engineRestServesThisContext() {
		DefaultEngine.serve(this.engine);
	}

	@Test
	// a wrong password would make the engine delay the operator's next login (its own
	// brute-force guard)
	@DisplayName("engine REST answers 401 without credentials")
	void engineRestNeedsCredentials() throws Exception {
		assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/process-definition", "nobody:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("engine REST answers the operator configured under password-center.operator")
	void engineRestAnswersOperator() throws Exception {
		assertThat(get("/engine-rest/process-definition", "operator:operator-test").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("Cockpit's API needs a login; the operator is a Camunda admin; back-office groups exist")
	void webappsNeedLogin() throws Exception {
		assertThat(get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null).statusCode())
			.isIn(401, 403);
		assertThat(this.identity.createGroupQuery().groupMember("operator").groupId("camunda-admin").count())
			.isEqualTo(1);
		assertThat(this.identity.createGroupQuery().groupId(BackOfficeGroups.CUSTOMER_SERVICE).count()).isEqualTo(1);
		assertThat(this.identity.createGroupQuery().groupId(BackOfficeGroups.BRANCH_CLERK).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("outside the demo profile there are no demo users")
	void noDemoUsers() {
		assertThat(this.identity.createUserQuery().userId("agent").count()).isZero();
		assertThat(this.identity.createUserQuery().userId("clerk").count()).isZero();
		assertThat(this.identity.createUserQuery().userId("analyst").count()).isZero();
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
