package com.brokerage.passwordcenter.change;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditRecord;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

/**
 * The change page through the API, as the logged-in customer's browser calls it. Runs
 * with a 90-day expiry table (every business line's row) so the expiry columns have
 * something to show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
@ExtendWith(OutputCaptureExtension.class)
class ChangeApiTest {

	private static final String SECURITIES = "Secur1234";

	private static final String FUTURES = "Futur1234";

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	SecretHasher hasher;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	ApiClient client;

	@Autowired
	RepositoryService repository;

	@BeforeEach
	void newClient() {
		this.client = new ApiClient(this.mvc);
	}

	/** Every business line's row of the password expiry table set to 90 days. */
	@BeforeEach
	void ninetyDayExpiry() {
		PolicyEdits.deploy(this.repository, PolicyTable.PASSWORD_EXPIRY, "<text>null</text>", "<text>\"P90D\"</text>");
	}

	@AfterEach
	void restoreExpiry() {
		PolicyEdits.restore(this.repository, PolicyTable.PASSWORD_EXPIRY);
	}

	@Test
	@DisplayName("R-CHANGE-2: the table lists every account with line, type, branch, masked number, same-as-login and expiry")
	void accountsTable() throws Exception {
		Customer customer = loggedInSplit();
		MockHttpServletResponse table = this.client.get("/api/v1/me/accounts");
		assertThat(table.getStatus()).isEqualTo(200);
		String json = table.getContentAsString();
		assertThat(JsonPath.<Boolean>read(json, "$.unified")).isFalse();
		assertThat(JsonPath.<Boolean>read(json, "$.unificationOffered")).isTrue();
		assertThat(JsonPath.<String>read(json, "$.nationalId")).isEqualTo(customer.getMaskedCustomerId());
		assertThat(JsonPath.<String>read(json, "$.accounts[0].businessLine")).isEqualTo("SECURITIES");
		assertThat(JsonPath.<String>read(json, "$.accounts[0].businessLineName")).isEqualTo("證券");
		assertThat(JsonPath.<String>read(json, "$.accounts[0].passwordType")).isEqualTo("WEB");
		assertThat(JsonPath.<String>read(json, "$.accounts[0].branchName")).isEqualTo("台北分公司");
		assertThat(JsonPath.<String>read(json, "$.accounts[0].accountNumber")).matches("\\*{3}\\d{4}");
		assertThat(JsonPath.<Boolean>read(json, "$.accounts[0].sameAsLogin")).isTrue();
		assertThat(JsonPath.<Boolean>read(json, "$.accounts[0].withdrawalPassword")).isFalse();
		assertThat(JsonPath.<String>read(json, "$.accounts[1].businessLineName")).isEqualTo("期貨");
		assertThat(JsonPath.<Boolean>read(json, "$.accounts[1].sameAsLogin")).isFalse();
		assertThat(JsonPath.<Boolean>read(json, "$.accounts[1].withdrawalPassword")).isTrue();
		assertThat(JsonPath.<String>read(json, "$.accounts[0].passwordChangedOn")).isEqualTo(today().toString());
		assertThat(JsonPath.<String>read(json, "$.accounts[0].passwordExpiresOn"))
			.isEqualTo(today().plusDays(90).toString());
		assertThat(JsonPath.<String>read(json, "$.accounts[0].expiryStatus")).isEqualTo("VALID");
		assertThat(JsonPath.<String>read(json, "$.notes.voiceOrderingLine")).isEqualTo("4050-0588");
		assertThat(JsonPath.<Integer>read(json, "$.notes.webPasswordMinLength")).isEqualTo(7);
		assertThat(JsonPath.<Integer>read(json, "$.notes.withdrawalPasswordLength")).isEqualTo(6);
	}

	@Test
	@DisplayName("R-CHANGE-2: a password past its expiry date shows EXPIRED; a change sets a new expiry date")
	void expiry() throws Exception {
		Customer customer = loggedInSplit();
		this.clock.advance(Duration.ofDays(91));
		try {
			String before = this.client.get("/api/v1/me/accounts").getContentAsString();
			assertThat(JsonPath.<String>read(before, "$.accounts[0].expiryStatus")).isEqualTo("EXPIRED");
			MockHttpServletResponse changed = changeAccount(account(customer, 0), change(SECURITIES, "Fresh1234"));
			assertThat(changed.getStatus()).isEqualTo(200);
			assertThat(JsonPath.<String>read(changed.getContentAsString(), "$.passwordExpiresOn"))
				.isEqualTo(today().plusDays(90).toString());
			String after = this.client.get("/api/v1/me/accounts").getContentAsString();
			assertThat(JsonPath.<String>read(after, "$.accounts[0].expiryStatus")).isEqualTo("VALID");
			assertThat(JsonPath.<String>read(after, "$.accounts[0].passwordChangedOn")).isEqualTo(today().toString());
			assertThat(JsonPath.<String>read(after, "$.accounts[1].expiryStatus")).isEqualTo("EXPIRED");
		}
		finally {
			this.clock.advance(Duration.ofDays(-91));
		}
	}

	@Test
	@DisplayName("R-CHANGE-2, R-PWD-3: a non-unified change touches only the chosen account; voice = keypad of the new one")
	void nonUnifiedChangesOnlyChosenAccount() throws Exception {
		Customer customer = loggedInSplit();
		MockHttpServletResponse changed = changeAccount(account(customer, 0), change(SECURITIES, "Ab12cde"));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(changed.getContentAsString(), "$.voicePasswordSynced")).isTrue();
		List<Account> accounts = this.testCustomers.accounts(customer);
		assertThat(this.testCustomers.webPasswordIs(accounts.get(0), "Ab12cde")).isTrue();
		assertThat(this.hasher.matches("2212233", accounts.get(0).getVoicePasswordHash())).isTrue();
		assertThat(this.testCustomers.webPasswordIs(accounts.get(1), FUTURES)).isTrue();
		assertThat(this.hasher.matches("388871234", accounts.get(1).getVoicePasswordHash())).isTrue();
		assertThat(this.audit.forCustomer(customer.getId()))
			.anySatisfy((record) -> assertAudit(record, AuditAction.PASSWORD_CHANGE, accounts.get(0).getId()));
	}

	@Test
	@DisplayName("R-PWD-3: with \"sync voice\" unticked the voice password is left as it was")
	void voiceUntouchedWhenNotTicked() throws Exception {
		Customer customer = loggedInSplit();
		String body = "{\"oldPassword\":\"%s\",\"newPassword\":\"Ab12cde\",\"confirmation\":\"Ab12cde\",\"syncVoice\":false}"
			.formatted(SECURITIES);
		MockHttpServletResponse changed = changeAccount(account(customer, 0), body);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(changed.getContentAsString(), "$.voicePasswordSynced")).isFalse();
		Account account = this.testCustomers.accounts(customer).get(0);
		assertThat(this.testCustomers.webPasswordIs(account, "Ab12cde")).isTrue();
		assertThat(this.hasher.matches("732871234", account.getVoicePasswordHash())).isTrue();
	}

	@Test
	@DisplayName("R-CHANGE-2: an account whose password is not the login one is refused; another customer's is not found")
	void onlyMatchedAccounts() throws Exception {
		Customer customer = loggedInSplit();
		MockHttpServletResponse other = changeAccount(account(customer, 1), change(FUTURES, "Fresh1234"));
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(str(other, "$.code")).isEqualTo("ACCOUNT_NOT_CHANGEABLE");
		assertThat(str(other, "$.message")).contains("歸戶");
		Customer stranger = this.testCustomers.split("Stran1234", "Stran5678");
		MockHttpServletResponse foreign = changeAccount(account(stranger, 0), change(SECURITIES, "Fresh1234"));
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(str(foreign, "$.code")).isEqualTo("ACCOUNT_NOT_FOUND");
		assertThat(this.testCustomers.webPasswordIs(this.testCustomers.accounts(customer).get(1), FUTURES)).isTrue();
	}

	@Test
	@DisplayName("R-CHANGE-1: a unified customer's change applies to every account, web and voice")
	void unifiedChangesEveryAccount() throws Exception {
		Customer customer = this.testCustomers.unified(SECURITIES);
		login(customer, SECURITIES);
		MockHttpServletResponse perAccount = changeAccount(account(customer, 0), change(SECURITIES, "Ab12cde"));
		assertThat(perAccount.getStatus()).isEqualTo(409);
		assertThat(str(perAccount, "$.code")).isEqualTo("UNIFIED_CHANGE_REQUIRED");

		MockHttpServletResponse changed = this.client.post("/api/v1/me/password", change(SECURITIES, "Ab12cde"));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<List<Object>>read(changed.getContentAsString(), "$.webPasswordChanged")).hasSize(2);
		for (Account account : this.testCustomers.accounts(customer)) {
			assertThat(this.testCustomers.webPasswordIs(account, "Ab12cde")).isTrue();
			assertThat(this.hasher.matches("2212233", account.getVoicePasswordHash())).isTrue();
		}
		this.client.post("/api/v1/logout", "");
		assertThat(this.client.login(customer.getCustomerId(), "Ab12cde").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-CHANGE-1/2: a non-unified customer cannot use the unified form")
	void nonUnifiedCannotChangeAll() throws Exception {
		loggedInSplit();
		MockHttpServletResponse all = this.client.post("/api/v1/me/password", change(SECURITIES, "Fresh1234"));
		assertThat(all.getStatus()).isEqualTo(409);
		assertThat(str(all, "$.code")).isEqualTo("PER_ACCOUNT_CHANGE_REQUIRED");
	}

	@Test
	@DisplayName("R-CHANGE-3, R-PWD-2: web and withdrawal password of a futures account change in one submit")
	void withdrawalWithWeb() throws Exception {
		Customer customer = loggedInSplit(FUTURES);
		String body = withWithdrawal(change(FUTURES, "Fresh1234"), "wd1234", "Wd5678", "Wd5678");
		MockHttpServletResponse changed = changeAccount(account(customer, 1), body);
		assertThat(changed.getStatus()).isEqualTo(200);
		Account futures = this.testCustomers.accounts(customer).get(1);
		assertThat(this.testCustomers.webPasswordIs(futures, "Fresh1234")).isTrue();
		assertThat(this.hasher.matches("Wd5678", futures.getWithdrawalPasswordHash())).isTrue();
		assertThat(this.audit.forCustomer(customer.getId()))
			.anySatisfy((record) -> assertAudit(record, AuditAction.WITHDRAWAL_PASSWORD_CHANGE, futures.getId()));
	}

	@Test
	@DisplayName("R-CHANGE-3: the withdrawal password can be changed alone, ticked separately")
	void withdrawalAlone() throws Exception {
		Customer customer = loggedInSplit(FUTURES);
		String body = "{\"withdrawal\":{\"oldWithdrawalPassword\":\"wd1234\",\"newWithdrawalPassword\":\"Wd5678\","
				+ "\"withdrawalConfirmation\":\"Wd5678\"}}";
		assertThat(changeAccount(account(customer, 1), body).getStatus()).isEqualTo(200);
		Account futures = this.testCustomers.accounts(customer).get(1);
		assertThat(this.testCustomers.webPasswordIs(futures, FUTURES)).isTrue();
		assertThat(this.hasher.matches("Wd5678", futures.getWithdrawalPasswordHash())).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Wd123, WITHDRAWAL_PASSWORD_LENGTH, newWithdrawalPassword",
			"Wd12345, WITHDRAWAL_PASSWORD_LENGTH, newWithdrawalPassword",
			"Wd/123, WITHDRAWAL_PASSWORD_INVALID_CHARACTER, newWithdrawalPassword" })
	@DisplayName("R-PWD-2: a withdrawal password of 5 or 7 characters (or with a symbol) is refused; nothing changes")
	void withdrawalLength(String newWithdrawal, String code, String field) throws Exception {
		Customer customer = loggedInSplit(FUTURES);
		String body = withWithdrawal(change(FUTURES, "Fresh1234"), "wd1234", newWithdrawal, newWithdrawal);
		MockHttpServletResponse refused = changeAccount(account(customer, 1), body);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(str(refused, "$.code")).isEqualTo(code);
		assertThat(str(refused, "$.field")).isEqualTo(field);
		Account futures = this.testCustomers.accounts(customer).get(1);
		assertThat(this.testCustomers.webPasswordIs(futures, FUTURES)).isTrue();
		assertThat(this.hasher.matches("wd1234", futures.getWithdrawalPasswordHash())).isTrue();
	}

	@Test
	@DisplayName("R-CHANGE-3: all or nothing — a wrong old withdrawal password leaves the web password unchanged too")
	void allOrNothing() throws Exception {
		Customer customer = loggedInSplit(FUTURES);
		String body = withWithdrawal(change(FUTURES, "Fresh1234"), "wrong1", "Wd5678", "Wd5678");
		MockHttpServletResponse refused = changeAccount(account(customer, 1), body);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(str(refused, "$.code")).isEqualTo("OLD_WITHDRAWAL_PASSWORD_WRONG");
		assertThat(str(refused, "$.field")).isEqualTo("oldWithdrawalPassword");
		Account futures = this.testCustomers.accounts(customer).get(1);
		assertThat(this.testCustomers.webPasswordIs(futures, FUTURES)).isTrue();
		assertThat(this.hasher.matches("wd1234", futures.getWithdrawalPasswordHash())).isTrue();
	}

	@Test
	@DisplayName("R-PWD-2, R-CHANGE-3: only futures accounts have a withdrawal password")
	void withdrawalOnlyOnFutures() throws Exception {
		Customer customer = loggedInSplit();
		String body = withWithdrawal(change(SECURITIES, "Fresh1234"), "wd1234", "Wd5678", "Wd5678");
		MockHttpServletResponse refused = changeAccount(account(customer, 0), body);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(str(refused, "$.code")).isEqualTo("WITHDRAWAL_PASSWORD_NOT_AVAILABLE");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "Ab12, Ab12, PASSWORD_TOO_SHORT, newPassword",
			"Ab12345678901, Ab12345678901, PASSWORD_TOO_LONG, newPassword",
			"Ab12/cde, Ab12/cde, PASSWORD_HAS_SYMBOL, newPassword",
			"Ab12 cde, Ab12 cde, PASSWORD_HAS_SPACE, newPassword",
			"Ａb12cde, Ａb12cde, PASSWORD_HAS_FULL_WIDTH, newPassword",
			"Ab12cde, Ab12cdf, PASSWORD_CONFIRMATION_MISMATCH, confirmation",
			"Secur1234, Secur1234, PASSWORD_SAME_AS_OLD, newPassword" })
	@DisplayName("R-PWD-1/4: every rejection names the rule broken and the field, and counts nothing")
	void rejectionsNameTheRule(String newPassword, String confirmation, String code, String field) throws Exception {
		Customer customer = loggedInSplit();
		String body = "{\"oldPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(SECURITIES,
				newPassword, confirmation);
		MockHttpServletResponse refused = changeAccount(account(customer, 0), body);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(str(refused, "$.code")).isEqualTo(code);
		assertThat(str(refused, "$.field")).isEqualTo(field);
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isZero();
	}

	@Test
	@DisplayName("R-PWD-1: the rule broken is named in English too")
	void englishRejection() throws Exception {
		Customer customer = loggedInSplit();
		this.client.english();
		MockHttpServletResponse refused = changeAccount(account(customer, 0), change(SECURITIES, "Ab12"));
		assertThat(str(refused, "$.message")).contains("too short").contains("7-10");
	}

	@Test
	@DisplayName("R-LOGIN-2 (decision): three wrong old passwords lock the login and end the session")
	void wrongOldPasswordsLock() throws Exception {
		Customer customer = loggedInSplit();
		Long account = account(customer, 0);
		for (int i = 1; i <= 2; i++) {
			MockHttpServletResponse wrong = changeAccount(account, change("Wrong000" + i, "Fresh1234"));
			assertThat(wrong.getStatus()).isEqualTo(400);
			assertThat(str(wrong, "$.code")).isEqualTo("OLD_PASSWORD_WRONG");
			assertThat(str(wrong, "$.field")).isEqualTo("oldPassword");
		}
		MockHttpServletResponse third = changeAccount(account, change("Wrong0003", "Fresh1234"));
		assertThat(third.getStatus()).isEqualTo(423);
		assertThat(str(third, "$.code")).isEqualTo("LOGIN_LOCKED_UNLOCK_AVAILABLE");
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(401);
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
		assertThat(this.client.login(customer.getCustomerId(), SECURITIES).getStatus()).isEqualTo(423);
		assertThat(this.testCustomers.webPasswordIs(this.testCustomers.accounts(customer).get(0), SECURITIES)).isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-5 (decision): the right old password resets the count, as a successful login does")
	void rightOldPasswordResetsCount() throws Exception {
		Customer customer = loggedInSplit();
		Long account = account(customer, 0);
		changeAccount(account, change("Wrong0001", "Fresh1234"));
		changeAccount(account, change("Wrong0002", "Fresh1234"));
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isEqualTo(2);
		assertThat(changeAccount(account, change(SECURITIES, "Fresh1234")).getStatus()).isEqualTo(200);
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isZero();
	}

	@Test
	@DisplayName("R-PWD-3: GET /api/v1/voice-keypad returns the keypad table the page shows")
	void keypadTable() throws Exception {
		String json = this.client.get("/api/v1/voice-keypad").getContentAsString();
		assertThat(JsonPath.<String>read(json, "$.keys.2")).isEqualTo("ABC");
		assertThat(JsonPath.<String>read(json, "$.keys.7")).isEqualTo("PQRS");
		assertThat(JsonPath.<String>read(json, "$.keys.9")).isEqualTo("WXYZ");
		assertThat(JsonPath.<String>read(json, "$.voiceOrderingLine")).isEqualTo("4050-0588");
	}

	@Test
	@DisplayName("the change page needs a session")
	void needsSession() throws Exception {
		this.client.get("/api/v1/captcha");
		assertThat(this.client.get("/api/v1/me/accounts").getStatus()).isEqualTo(401);
		assertThat(this.client.post("/api/v1/me/password", change(SECURITIES, "Fresh1234")).getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("R-PWD-5, R-OPS-4: no password or hash in the log, the answers or the audit trail")
	void noSecretInLogOrAudit(CapturedOutput output) throws Exception {
		Customer customer = loggedInSplit(FUTURES);
		String wrong = changeAccount(account(customer, 1), change("Wrong0009", "Fresh1234")).getContentAsString();
		String ok = changeAccount(account(customer, 1),
				withWithdrawal(change(FUTURES, "Fresh1234"), "wd1234", "Wd5678", "Wd5678"))
			.getContentAsString();
		String audit = this.audit.forCustomer(customer.getId())
			.stream()
			.map((r) -> r.getAction() + " " + r.getOutcome() + " " + r.getDetail() + " " + r.getActor())
			.toList()
			.toString();
		assertThat(output.getAll() + wrong + ok + audit).doesNotContain(FUTURES, "Fresh1234", "Wrong0009", "wd1234",
				"Wd5678", "$2a$", "{bcrypt}", customer.getCustomerId());
	}

	private Customer loggedInSplit() throws Exception {
		return loggedInSplit(SECURITIES);
	}

	/** A non-unified customer (securities, futures with withdrawal "wd1234"). */
	private Customer loggedInSplit(String loginWith) throws Exception {
		Customer customer = this.testCustomers.split(SECURITIES, FUTURES);
		this.testCustomers.withdrawalPassword(customer, "wd1234");
		login(customer, loginWith);
		return customer;
	}

	/**
	 * The login hands out a new CSRF token on the next answer, as a page load after login
	 * would fetch it.
	 */
	private void login(Customer customer, String password) throws Exception {
		assertThat(this.client.login(customer.getCustomerId(), password).getStatus()).isEqualTo(200);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse changeAccount(Long accountId, String body) {
		return this.client.post("/api/v1/me/accounts/" + accountId + "/password", body);
	}

	private Long account(Customer customer, int index) {
		return this.testCustomers.accounts(customer).get(index).getId();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(TAIPEI));
	}

	private static String change(String oldPassword, String newPassword) {
		return "{\"oldPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(oldPassword,
				newPassword, newPassword);
	}

	private static String withWithdrawal(String webBody, String old, String neu, String confirmation) {
		return webBody.substring(0, webBody.length() - 1)
				+ ",\"withdrawal\":{\"oldWithdrawalPassword\":\"%s\",\"newWithdrawalPassword\":\"%s\",\"withdrawalConfirmation\":\"%s\"}}"
					.formatted(old, neu, confirmation);
	}

	private static void assertAudit(AuditRecord record, AuditAction action, Long accountId) {
		assertThat(record.getAction()).isEqualTo(action);
		assertThat(record.getAccountRef()).isEqualTo(accountId);
		assertThat(record.getOutcome()).isEqualTo("CHANGED");
	}

	static String str(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(), path);
	}

}
