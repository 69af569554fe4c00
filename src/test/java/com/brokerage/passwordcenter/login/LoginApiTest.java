package com.brokerage.passwordcenter.login;

import com.brokerage.passwordcenter.support.SameAnswer;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginApiTest {

	private static final String PASSWORD = "Right1234";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	com.brokerage.passwordcenter.audit.AuditTrail audit;

	ApiClient client;

	@BeforeEach
	void newClient() {
		this.client = new ApiClient(this.mvc);
	}

	@Test
	@DisplayName("R-LOGIN-1: the right password opens a session; GET /api/v1/me shows the masked ID")
	void loginOpensSession() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		MockHttpServletResponse login = this.client.login(customer.getCustomerId(), PASSWORD);
		assertThat(login.getStatus()).isEqualTo(200);
		MockHttpServletResponse me = this.client.get("/api/v1/me");
		assertThat(me.getStatus()).isEqualTo(200);
		assertThat(str(me, "$.nationalId")).isEqualTo(customer.getMaskedCustomerId());
		assertThat(JsonPath.<Boolean>read(me.getContentAsString(), "$.unified")).isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-1: without a solved captcha the login is refused before the password is looked at")
	void captchaRequired() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		this.client.get("/api/v1/captcha");
		MockHttpServletResponse missing = this.client.post("/api/v1/login",
				"{\"nationalId\":\"%s\",\"password\":\"Wrong1234\"}".formatted(customer.getCustomerId()));
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(str(missing, "$.code")).isEqualTo("CAPTCHA_REQUIRED");
		assertThat(str(missing, "$.field")).isEqualTo("altcha");

		MockHttpServletResponse forged = this.client.post("/api/v1/login",
				ApiClient.loginJson(customer.getCustomerId(), "Wrong1234", "eyJmb3JnZWQiOnRydWV9"));
		assertThat(str(forged, "$.code")).isEqualTo("CAPTCHA_INVALID");
		// neither attempt reached the password check
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isZero();
	}

	@Test
	@DisplayName("R-LOGIN-1: a solved captcha opens one attempt only (no replay)")
	void captchaSingleUse() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		String solved = this.client.solvedCaptcha();
		String body = ApiClient.loginJson(customer.getCustomerId(), PASSWORD, solved);
		assertThat(this.client.post("/api/v1/login", body).getStatus()).isEqualTo(200);
		// another client (with its own CSRF cookie) replays the same solution
		ApiClient other = new ApiClient(this.mvc);
		other.get("/api/v1/captcha");
		MockHttpServletResponse replay = other.post("/api/v1/login", body);
		assertThat(str(replay, "$.code")).isEqualTo("CAPTCHA_INVALID");
	}

	@Test
	@DisplayName("R-LOGIN-2: three cumulative wrong passwords lock; then even the right password is refused")
	void threeFailuresLock() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		assertThat(str(this.client.login(customer.getCustomerId(), "Wrong0001"), "$.code"))
			.isEqualTo("INVALID_CREDENTIALS");
		assertThat(str(this.client.login(customer.getCustomerId(), "Wrong0002"), "$.code"))
			.isEqualTo("INVALID_CREDENTIALS");
		MockHttpServletResponse third = this.client.login(customer.getCustomerId(), "Wrong0003");
		assertThat(third.getStatus()).isEqualTo(423);
		assertThat(str(third, "$.code")).isEqualTo("LOGIN_LOCKED_UNLOCK_AVAILABLE");

		MockHttpServletResponse right = this.client.login(customer.getCustomerId(), PASSWORD);
		assertThat(right.getStatus()).isEqualTo(423);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("R-LOGIN-2: the locked answer is the same whether the password sent was right or wrong")
	void lockedAnswerIgnoresPassword() throws Exception {
		Customer customer = lockedCustomer();
		String withRight = this.client.login(customer.getCustomerId(), PASSWORD).getContentAsString();
		String withWrong = this.client.login(customer.getCustomerId(), "Wrong9999").getContentAsString();
		assertThat(SameAnswer.withoutCorrelationId(withRight)).isEqualTo(SameAnswer.withoutCorrelationId(withWrong));
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isEqualTo(3);
	}

	@Test
	@DisplayName("R-LOGIN-3/4/6: after the one unlock, three more failures (6 cumulative) answer reissue-only (online or at a branch)")
	void sixFailuresAnswerReissueOnly() throws Exception {
		Customer customer = lockedCustomer();
		unlock(customer);
		this.client.login(customer.getCustomerId(), "Wrong0004");
		this.client.login(customer.getCustomerId(), "Wrong0005");
		MockHttpServletResponse sixth = this.client.login(customer.getCustomerId(), "Wrong0006");
		assertThat(sixth.getStatus()).isEqualTo(423);
		assertThat(str(sixth, "$.code")).isEqualTo("LOGIN_LOCKED_REISSUE_ONLY");
		assertThat(str(sixth, "$.message")).contains("補發").contains("印鑑");
	}

	@Test
	@DisplayName("R-LOGIN-3: after an unlock the customer logs in with the original password")
	void unlockThenOriginalPassword() throws Exception {
		Customer customer = lockedCustomer();
		unlock(customer);
		assertThat(this.client.login(customer.getCustomerId(), PASSWORD).getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-LOGIN-5: a successful login resets the failure count")
	void successResetsCount() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		this.client.login(customer.getCustomerId(), "Wrong0001");
		this.client.login(customer.getCustomerId(), "Wrong0002");
		assertThat(this.client.login(customer.getCustomerId(), PASSWORD).getStatus()).isEqualTo(200);
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isZero();
		// two more failures no longer lock: the count started again
		this.client.login(customer.getCustomerId(), "Wrong0003");
		this.client.login(customer.getCustomerId(), "Wrong0004");
		assertThat(this.testCustomers.reload(customer).isLocked()).isFalse();
	}

	@Test
	@DisplayName("no user enumeration: an unknown ID answers exactly like a wrong password, and creates no row")
	void unknownIdLikeWrongPassword() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		MockHttpServletResponse wrong = this.client.login(customer.getCustomerId(), "Wrong1234");
		String unknownId = TestIds.nationalId();
		MockHttpServletResponse unknown = this.client.login(unknownId, "Wrong1234");
		assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus());
		assertThat(SameAnswer.withoutCorrelationId(unknown.getContentAsString()))
			.isEqualTo(SameAnswer.withoutCorrelationId(wrong.getContentAsString()));
		for (int i = 0; i < 3; i++) {
			assertThat(str(this.client.login(unknownId, "Wrong1234"), "$.code")).isEqualTo("INVALID_CREDENTIALS");
		}
	}

	@Test
	@DisplayName("R-CHANGE-2: for a non-unified customer the session remembers which accounts the password opened")
	void nonUnifiedRemembersMatchedAccounts() throws Exception {
		Customer customer = this.testCustomers.split("Secur1234", "Futur1234");
		this.client.login(customer.getCustomerId(), "Futur1234");
		MockHttpServletResponse me = this.client.get("/api/v1/me");
		assertThat(JsonPath.<java.util.List<Object>>read(me.getContentAsString(), "$.matchedAccountIds")).hasSize(1);
	}

	@Test
	@DisplayName("the session id changes at login (no fixation) and logout ends the session")
	void sessionFixationAndLogout() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		String before = this.client.startSession();
		this.client.login(customer.getCustomerId(), PASSWORD);
		assertThat(this.client.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(200);
		assertThat(this.client.post("/api/v1/logout", "").getStatus()).isEqualTo(204);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("CSRF: login rotates the token and hands the new one out at once; the next POST needs no extra request")
	void csrfTokenRotatesAtLogin() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		this.client.get("/api/v1/captcha");
		String before = this.client.cookie(ApiClient.CSRF_COOKIE);
		String altcha = this.client.solvedCaptcha();
		MockHttpServletResponse login = this.client.post("/api/v1/login",
				ApiClient.loginJson(customer.getCustomerId(), PASSWORD, altcha));
		assertThat(login.getStatus()).isEqualTo(200);
		assertThat(this.client.cookie(ApiClient.CSRF_COOKIE)).isNotBlank().isNotEqualTo(before);
		assertThat(this.client.post("/api/v1/logout", "").getStatus()).isEqualTo(204);
	}

	@Test
	@DisplayName("CSRF: a POST without the token header is refused with a JSON error")
	void csrfRequired() throws Exception {
		this.client.get("/api/v1/captcha");
		MockHttpServletResponse forged = this.client.postWithoutCsrf("/api/v1/login",
				ApiClient.loginJson("A123456789", "Whatever1", "x"));
		assertThat(forged.getStatus()).isEqualTo(403);
		assertThat(str(forged, "$.code")).isEqualTo("CSRF_TOKEN_INVALID");
	}

	@Test
	@DisplayName("R-PWD-5: no password and no hash appears in the log or in any answer")
	void noSecretInLogOrAnswer(CapturedOutput output) throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		String ok = this.client.login(customer.getCustomerId(), PASSWORD).getContentAsString();
		String wrong = this.client.login(customer.getCustomerId(), "Secret9876").getContentAsString();
		this.client.login(customer.getCustomerId(), "Secret9877");
		String locked = this.client.login(customer.getCustomerId(), "Secret9878").getContentAsString();
		String all = output.getAll() + ok + wrong + locked;
		assertThat(all).doesNotContain(PASSWORD, "Secret9876", "Secret9877", "Secret9878", "$2a$", "{bcrypt}")
			.doesNotContain(customer.getCustomerId());
		assertThat(output.getAll()).contains("login refused: wrong password for " + customer.getMaskedCustomerId());
	}

	@Test
	@DisplayName("R-OPS-4: every attempt leaves an audit record with the outcome, and none holds a secret")
	void everyAttemptAudited() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		this.client.login(customer.getCustomerId(), "Wrong5555");
		this.client.login(customer.getCustomerId(), PASSWORD);
		java.util.List<com.brokerage.passwordcenter.audit.AuditRecord> records = this.audit
			.forCustomer(customer.getId());
		assertThat(records).extracting(com.brokerage.passwordcenter.audit.AuditRecord::getOutcome)
			.containsExactly("WRONG_PASSWORD", "SUCCESS");
		assertThat(records).allSatisfy((record) -> {
			assertThat(record.getSubject()).isEqualTo(customer.getMaskedCustomerId());
			assertThat(record.getChannel()).isEqualTo(com.brokerage.passwordcenter.audit.Channel.WEB);
			assertThat(String.valueOf(record.getDetail())).doesNotContain(PASSWORD, "Wrong5555");
		});
	}

	private Customer lockedCustomer() throws Exception {
		Customer customer = this.testCustomers.unified(PASSWORD);
		for (int i = 0; i < 3; i++) {
			this.client.login(customer.getCustomerId(), "Wrong000" + i);
		}
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
		return customer;
	}

	private void unlock(Customer customer) {
		this.testCustomers.unlock(customer);
	}

	static String str(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(), path);
	}

}
