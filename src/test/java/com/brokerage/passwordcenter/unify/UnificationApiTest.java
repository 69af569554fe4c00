package com.brokerage.passwordcenter.unify;

import java.util.List;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.EngineSecretScan;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The unification journey through the API, from login to logging in with the new
 * password.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
@ExtendWith(OutputCaptureExtension.class)
class UnificationApiTest {

	private static final String SECURITIES = "Secur1234";

	private static final String FUTURES = "Futur1234";

	private static final String UNIFIED = "Unify2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	SecretHasher hasher;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoBean
	PasswordsUnifiedNotifier notifier;

	ApiClient client;

	@BeforeEach
	void newClient() {
		this.client = new ApiClient(this.mvc);
	}

	@Test
	@DisplayName("R-UNIFY-1..3: form with the masked ID, new password on every account, session unified, old passwords dead")
	void wholeJourney(CapturedOutput output) throws Exception {
		Customer customer = this.testCustomers.split(SECURITIES, FUTURES);
		login(customer, SECURITIES);
		assertThat(JsonPath.<Boolean>read(this.client.get("/api/v1/me/accounts").getContentAsString(),
				"$.unificationOffered"))
			.isTrue();

		MockHttpServletResponse started = this.client.post("/api/v1/me/unification", "");
		assertThat(started.getStatus()).isEqualTo(201);
		String id = str(started, "$.applicationId");
		assertThat(started.getHeader("Location")).isEqualTo("/api/v1/me/unification/" + id);
		assertThat(str(started, "$.nationalId")).isEqualTo(customer.getMaskedCustomerId());
		assertThat(str(started, "$.step")).isEqualTo("ENTER_UNIFIED_PASSWORD");
		assertThat(str(started, "$.status")).isEqualTo("OPEN");

		MockHttpServletResponse mismatch = submit(id, SECURITIES, UNIFIED, "Unify2025");
		assertThat(mismatch.getStatus()).isEqualTo(400);
		assertThat(str(mismatch, "$.code")).isEqualTo("PASSWORD_CONFIRMATION_MISMATCH");
		assertThat(str(mismatch, "$.field")).isEqualTo("confirmation");
		MockHttpServletResponse symbol = submit(id, SECURITIES, "Unify/24", "Unify/24");
		assertThat(str(symbol, "$.code")).isEqualTo("PASSWORD_HAS_SYMBOL");

		MockHttpServletResponse unified = submit(id, SECURITIES, UNIFIED, UNIFIED);
		assertThat(unified.getStatus()).isEqualTo(200);
		assertThat(str(unified, "$.status")).isEqualTo("UNIFIED");
		assertThat(str(unified, "$.step")).isEqualTo("ENDED");

		// R-UNIFY-2: the session now holds every account
		String me = this.client.get("/api/v1/me").getContentAsString();
		assertThat(JsonPath.<Boolean>read(me, "$.unified")).isTrue();
		assertThat(JsonPath.<List<Object>>read(me, "$.matchedAccountIds")).hasSize(2);
		String table = this.client.get("/api/v1/me/accounts").getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(table, "$.accounts[*].sameAsLogin")).containsOnly(true);

		// the notice job, retried by the engine in production
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.singleResult()
			.getId();
		this.management.executeJob(this.management.createJobQuery().processInstanceId(instance).singleResult().getId());
		verify(this.notifier).passwordsUnified(eq(customer.getName()), any(), any(), any());

		// R-UNIFY-3: no second unification, and no split online
		MockHttpServletResponse again = this.client.post("/api/v1/me/unification", "");
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(str(again, "$.code")).isEqualTo("ALREADY_UNIFIED");
		assertThat(str(again, "$.message")).contains("臨櫃");

		// R-UNIFY-2: the new password opens every business line; the old ones open
		// nothing
		this.client.post("/api/v1/logout", "");
		assertThat(this.client.login(customer.getCustomerId(), SECURITIES).getStatus()).isEqualTo(401);
		assertThat(this.client.login(customer.getCustomerId(), FUTURES).getStatus()).isEqualTo(401);
		login(customer, UNIFIED);
		assertThat(
				JsonPath.<List<Object>>read(this.client.get("/api/v1/me").getContentAsString(), "$.matchedAccountIds"))
			.hasSize(2);

		// R-PWD-5: no password in the engine's tables or the log
		assertThat(EngineSecretScan.find(this.jdbc, SECURITIES, FUTURES, UNIFIED, "864392024")).isEmpty();
		assertThat(output.getAll()).doesNotContain(SECURITIES, FUTURES, UNIFIED, "$2a$", customer.getCustomerId());
	}

	@Test
	@DisplayName("R-UNIFY-1, R-LOGIN-2 (decision): three wrong old passwords lock the login and end the session")
	void wrongOldPasswordsLock() throws Exception {
		Customer customer = this.testCustomers.split(SECURITIES, FUTURES);
		login(customer, SECURITIES);
		String id = str(this.client.post("/api/v1/me/unification", ""), "$.applicationId");
		assertThat(str(submit(id, "Wrong0001", UNIFIED, UNIFIED), "$.code")).isEqualTo("OLD_PASSWORD_WRONG");
		assertThat(str(submit(id, FUTURES, UNIFIED, UNIFIED), "$.code")).isEqualTo("OLD_PASSWORD_WRONG");
		MockHttpServletResponse third = submit(id, "Wrong0003", UNIFIED, UNIFIED);
		assertThat(third.getStatus()).isEqualTo(423);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(401);
		assertThat(this.testCustomers.reload(customer).isUnified()).isFalse();
		assertThat(this.testCustomers.webPasswordIs(this.testCustomers.accounts(customer).get(0), SECURITIES)).isTrue();
	}

	@Test
	@DisplayName("a request of another customer does not exist for this one")
	void othersRequestNotFound() throws Exception {
		Customer other = this.testCustomers.split(SECURITIES, FUTURES);
		ApiClient otherClient = new ApiClient(this.mvc);
		assertThat(otherClient.login(other.getCustomerId(), SECURITIES).getStatus()).isEqualTo(200);
		otherClient.get("/api/v1/me");
		String othersId = str(otherClient.post("/api/v1/me/unification", ""), "$.applicationId");

		login(this.testCustomers.split(SECURITIES, FUTURES), SECURITIES);
		MockHttpServletResponse foreign = submit(othersId, SECURITIES, UNIFIED, UNIFIED);
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(str(foreign, "$.code")).isEqualTo("UNIFICATION_NOT_FOUND");
		assertThat(this.client.get("/api/v1/me/unification/" + othersId).getStatus()).isEqualTo(404);
	}

	@Test
	@DisplayName("R-UNIFY-3: a unified customer is told at once that splitting is done at a branch")
	void unifiedCustomerRefused() throws Exception {
		Customer customer = this.testCustomers.unified(SECURITIES);
		login(customer, SECURITIES);
		this.client.english();
		MockHttpServletResponse refused = this.client.post("/api/v1/me/unification", "");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(str(refused, "$.code")).isEqualTo("ALREADY_UNIFIED");
		assertThat(str(refused, "$.message")).contains("branch");
	}

	private void login(Customer customer, String password) throws Exception {
		assertThat(this.client.login(customer.getCustomerId(), password).getStatus()).isEqualTo(200);
		// the next answer hands out the CSRF token of the new session
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse submit(String id, String oldPassword, String newPassword, String confirmation) {
		return this.client.post("/api/v1/me/unification/" + id,
				"{\"oldPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(oldPassword,
						newPassword, confirmation));
	}

	private static String str(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(), path);
	}

}
