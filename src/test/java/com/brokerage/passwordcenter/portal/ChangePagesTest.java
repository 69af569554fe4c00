package com.brokerage.passwordcenter.portal;

import java.util.List;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.password.SecretHasher;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change-password and unification pages over HTTP (MockMvc), for a unified and a
 * non-unified customer: the forms and the table of the manual, every refusal next to its
 * field (never JSON), the lock that ends the session, unification and its success page,
 * and the already-unified message. The browser journey is in {@link PortalBrowserTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class ChangePagesTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	SecretHasher hasher;

	@Test
	@DisplayName("pages after login: without a session they send the customer to the login page")
	void loginFirst() throws Exception {
		ApiClient browser = browser();
		for (String path : List.of("/me/change", "/me/accounts/1/change", "/me/unification", "/me/unification/done")) {
			assertThat(browser.send(get(path)).getRedirectedUrl()).as(path).isEqualTo("/login");
		}
	}

	@ParameterizedTest(name = "in {0}")
	@CsvSource({ "zh-TW, 歸戶密碼變更, 網路登入密碼變更-歸戶, 網路出金密碼變更-歸戶, 轉換規則對照表",
			"en, Change password (unified), Change web login password (unified), "
					+ "Change online withdrawal password (unified), Conversion table" })
	@DisplayName("R-CHANGE-1/3/4: a unified customer gets one form — masked ID, old/new/confirm, voice sync ticked, "
			+ "the withdrawal part unticked (futures account), confirm/cancel, and the notes with the keypad table")
	void unifiedForm(String language, String title, String web, String withdrawal, String keypad) throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient browser = loggedIn(customer, "Right1234");
		String me = browser.send(get("/me")).getContentAsString();
		assertThat(me).contains("href=\"/me/change\"").doesNotContain("href=\"/me/unification\"");
		MockHttpServletResponse response = browser.send(get("/me/change?lang=" + language));
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains(title, web, withdrawal, keypad)
			.contains(customer.getMaskedCustomerId())
			.doesNotContain(customer.getCustomerId())
			.contains("name=\"_csrf\"")
			.contains("id=\"oldPassword\"", "id=\"newPassword\"", "id=\"confirmation\"")
			.contains("id=\"oldWithdrawalPassword\"", "id=\"newWithdrawalPassword\"", "id=\"withdrawalConfirmation\"")
			.contains("id=\"change-submit\"", "id=\"change-cancel\"")
			.contains("4050-0588")
			.contains("<td>9</td><td>WXYZ</td>")
			.doesNotContain("id=\"accounts\"");
		assertThat(page).containsPattern("id=\"syncVoice\"[^>]*checked");
		assertThat(page).doesNotContainPattern("id=\"changeWithdrawal\"[^>]*checked");
		assertThat(INLINE_SCRIPT.matcher(page).find()).isFalse();
	}

	@Test
	@DisplayName("R-PWD-1/2/4/6: each refusal of the unified form is shown under its field, tied by aria-describedby, "
			+ "in the page and not as JSON; nothing changes")
	void unifiedFieldErrors() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.withdrawalPassword(customer, "wd1234");
		ApiClient browser = loggedIn(customer, "Right1234");
		assertField(browser, "/me/change", web("Right1234", "short", "short"), "newPassword", 400, "密碼長度不足");
		assertField(browser, "/me/change", web("Right1234", "Ab12/cde", "Ab12/cde"), "newPassword", 400, "特殊符號");
		assertField(browser, "/me/change", web("Right1234", "Ａb12cdef", "Ａb12cdef"), "newPassword", 400, "全形");
		assertField(browser, "/me/change", web("Right1234", "Fresh1234", "Fresh1235"), "confirmation", 400,
				"兩次輸入的新密碼不一致");
		assertField(browser, "/me/change", web("Right1234", "Right1234", "Right1234"), "newPassword", 400,
				"新密碼不可與原密碼相同");
		assertField(browser, "/me/change", web("Right1234", "Password1", "Password1"), "newPassword", 400, "新密碼過於常見");
		assertField(browser, "/me/change", web("", "Fresh1234", "Fresh1234"), "oldPassword", 400, "請輸入舊密碼");
		assertField(browser, "/me/change", web("Wrong0001", "Fresh1234", "Fresh1234"), "oldPassword", 400, "舊密碼錯誤");
		assertField(browser, "/me/change", withdrawalOnly("wd1234", "wd567", "wd567"), "newWithdrawalPassword", 400,
				"6 位英數字");
		String nothing = browser.send(form("/me/change").param("syncVoice", "true")).getContentAsString();
		assertThat(nothing).contains("id=\"form-error\"").contains("請勾選要變更的密碼");
		assertThat(this.testCustomers.webPasswordIs(accounts(customer).get(0), "Right1234")).isTrue();
	}

	@Test
	@DisplayName("R-CHANGE-1/3, R-PWD-3: a unified customer changes every account, the voice password in sync and "
			+ "the withdrawal password; the page says so")
	void unifiedChange() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.withdrawalPassword(customer, "wd1234");
		ApiClient browser = loggedIn(customer, "Right1234");
		MockHttpServletResponse changed = browser
			.send(web(form("/me/change"), "Right1234", "Ab12cde", "Ab12cde").param("syncVoice", "true")
				.param("changeWithdrawal", "true")
				.param("oldWithdrawalPassword", "wd1234")
				.param("newWithdrawalPassword", "wd5678")
				.param("withdrawalConfirmation", "wd5678"));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/me/change");
		String page = browser.send(get("/me/change")).getContentAsString();
		assertThat(page).contains("id=\"changed\"").contains("變更成功").contains("網路出金密碼已變更");
		for (Account account : accounts(customer)) {
			assertThat(this.testCustomers.webPasswordIs(account, "Ab12cde")).isTrue();
			assertThat(this.hasher.matches(VoiceKeypad.toDigits("Ab12cde"), account.getVoicePasswordHash())).isTrue();
		}
		assertThat(accounts(customer).stream()
			.filter((account) -> account.getBusinessLine().hasWithdrawalPassword())
			.allMatch((account) -> this.hasher.matches("wd5678", account.getWithdrawalPasswordHash()))).isTrue();
	}

	@ParameterizedTest(name = "in {0}")
	@CsvSource({ "zh-TW, 未歸戶密碼變更, 商品別, 密碼變更日期, 密碼到期狀態, 您可以進行密碼歸戶設定",
			"en, Change password (not unified), Business line, Password changed on, Expiry status, You can unify" })
	@DisplayName("R-CHANGE-2: a non-unified customer gets the manual's table — the account opened by this login "
			+ "has a change button, the other says why — and the offer to unify")
	void splitTable(String language, String title, String lineColumn, String changedColumn, String expiryColumn,
			String offer) throws Exception {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		List<Account> accounts = accounts(customer);
		ApiClient browser = loggedIn(customer, "Secure123");
		assertThat(browser.send(get("/me")).getContentAsString()).contains("href=\"/me/unification\"");
		String page = browser.send(get("/me/change?lang=" + language)).getContentAsString();
		assertThat(page).contains(title, lineColumn, changedColumn, expiryColumn, offer)
			.contains("id=\"accounts\"")
			.contains("href=\"/me/accounts/" + accounts.get(0).getId() + "/change\"")
			.doesNotContain("href=\"/me/accounts/" + accounts.get(1).getId() + "/change\"")
			.contains("id=\"why-1\"")
			.contains(accounts.get(0).getMaskedAccountNumber())
			.doesNotContain(">" + accounts.get(0).getAccountNumber() + "<")
			.contains("href=\"/me/unification\"")
			.doesNotContain("id=\"change-form\"");
		if (language.equals("zh-TW")) {
			assertThat(page).contains("<td data-label=\"帳戶狀態\">相同</td>").contains("<td data-label=\"帳戶狀態\">不同</td>");
		}
	}

	@Test
	@DisplayName("R-CHANGE-2/3, R-PWD-6: one account on its own page — field errors, then the change; an account the login "
			+ "did not open cannot be changed; the futures account's page has the withdrawal part")
	void splitAccountChange() throws Exception {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		List<Account> accounts = accounts(customer);
		Long securities = accounts.get(0).getId();
		Long futures = accounts.get(1).getId();
		ApiClient browser = loggedIn(customer, "Secure123");
		String path = "/me/accounts/" + securities + "/change";
		String page = browser.send(get(path)).getContentAsString();
		assertThat(page).contains("網路登入密碼變更")
			.doesNotContain("網路登入密碼變更-歸戶")
			.contains(accounts.get(0).getMaskedAccountNumber())
			.doesNotContain("id=\"withdrawal-part\"")
			.contains("href=\"#keypad\"");
		assertField(browser, path, web("Secure123", "Ab 12cde", "Ab 12cde"), "newPassword", 400, "不可包含空白");
		// R-PWD-6: the birth date (TestCustomers.BIRTH_DATE) inside the new password
		assertField(browser, path, web("Secure123", "x19900215", "x19900215"), "newPassword", 400, "新密碼過於常見");

		MockHttpServletResponse other = browser.send(get("/me/accounts/" + futures + "/change"));
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(other.getContentAsString()).contains("data-code=\"ACCOUNT_NOT_CHANGEABLE\"")
			.contains("id=\"accounts\"");
		MockHttpServletResponse postOther = browser
			.send(web(form("/me/accounts/" + futures + "/change"), "Future123", "Fresh1234", "Fresh1234"));
		assertThat(postOther.getStatus()).isEqualTo(403);
		assertThat(postOther.getContentAsString()).contains("data-code=\"ACCOUNT_NOT_CHANGEABLE\"")
			.doesNotContain("\"code\"");
		assertThat(browser.send(get("/me/accounts/999999/change")).getStatus()).isEqualTo(404);

		MockHttpServletResponse changed = browser
			.send(web(form(path), "Secure123", "Ab12cde", "Ab12cde").param("syncVoice", "true"));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/me/change");
		assertThat(browser.send(get("/me/change")).getContentAsString()).contains("id=\"changed\"")
			.contains("class=\"just-changed\"");
		List<Account> after = accounts(customer);
		assertThat(this.testCustomers.webPasswordIs(after.get(0), "Ab12cde")).isTrue();
		assertThat(this.testCustomers.webPasswordIs(after.get(1), "Future123")).isTrue();

		// the futures account's own page offers the withdrawal password
		ApiClient futuresLogin = loggedIn(customer, "Future123");
		assertThat(futuresLogin.send(get("/me/accounts/" + futures + "/change")).getContentAsString())
			.contains("id=\"withdrawal-part\"")
			.contains("網路出金密碼變更");
	}

	@Test
	@DisplayName("R-PWD-3: unticking 'sync voice' leaves the voice password as it was")
	void voiceNotSynced() throws Exception {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		Account securities = accounts(customer).get(0);
		ApiClient browser = loggedIn(customer, "Secure123");
		browser.send(web(form("/me/accounts/" + securities.getId() + "/change"), "Secure123", "Ab12cde", "Ab12cde"));
		assertThat(browser.send(get("/me/change")).getContentAsString()).contains("語音密碼未變更");
		assertThat(this.hasher.matches(VoiceKeypad.toDigits("Secure123"),
				accounts(customer).get(0).getVoicePasswordHash()))
			.isTrue();
	}

	@Test
	@DisplayName("R-LOGIN-2 after login: the third wrong old password shows the lock message page and ends the session")
	void wrongOldPasswordLocks() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient browser = loggedIn(customer, "Right1234");
		browser.send(web(form("/me/change"), "Wrong0001", "Fresh1234", "Fresh1234"));
		browser.send(web(form("/me/change"), "Wrong0002", "Fresh1234", "Fresh1234"));
		MockHttpServletResponse locked = browser.send(web(form("/me/change"), "Wrong0003", "Fresh1234", "Fresh1234"));
		assertThat(locked.getStatus()).isEqualTo(423);
		assertThat(locked.getContentAsString()).contains("data-code=\"LOGIN_LOCKED_UNLOCK_AVAILABLE\"")
			.contains("href=\"/unlock\"")
			.contains("href=\"/reissue\"")
			.contains("id=\"session-ended\"");
		assertThat(browser.send(get("/me/change")).getRedirectedUrl()).isEqualTo("/login");
	}

	@ParameterizedTest(name = "in {0}")
	@CsvSource({ "zh-TW, 密碼歸戶設定, 證券、語音、期貨、海外、財富管理、股代, 臨櫃辦理",
			"en, Password unification, 'securities, voice, futures, overseas, wealth management and stock-affairs agency', "
					+ "visit any branch" })
	@DisplayName("R-UNIFY-1/3: the form shows the masked ID, the manual's explanation and that splitting is done at a branch")
	void unificationForm(String language, String title, String lines, String branch) throws Exception {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		ApiClient browser = loggedIn(customer, "Secure123");
		String page = browser.send(get("/me/unification?lang=" + language)).getContentAsString();
		assertThat(page).contains(title, lines, branch)
			.contains("id=\"masked-id\"")
			.contains(customer.getMaskedCustomerId())
			.doesNotContain(customer.getCustomerId())
			.contains("name=\"_csrf\"")
			.contains("id=\"oldPassword\"", "id=\"newPassword\"", "id=\"confirmation\"");
	}

	@Test
	@DisplayName("R-UNIFY-1/2, R-PWD-6: refusals next to their fields; then unification: the success page, every account "
			+ "opens with the new password, the session is unified, and a second visit says 'already unified'")
	void unification() throws Exception {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		ApiClient browser = loggedIn(customer, "Secure123");
		browser.send(get("/me/unification"));
		MockHttpServletResponse blank = browser
			.send(form("/me/unification").param("oldPassword", "").param("newPassword", "").param("confirmation", ""));
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(blank.getContentAsString()).contains("id=\"oldPassword-error\"")
			.contains("aria-describedby=\"oldPassword-hint oldPassword-error\"")
			.contains("id=\"newPassword-error\"")
			.contains("id=\"confirmation-error\"");
		assertField(browser, "/me/unification", unify("Secure123", "Ab1", "Ab1"), "newPassword", 400, "密碼長度不足");
		assertField(browser, "/me/unification", unify("Secure123", "Unify2024", "Unify2025"), "confirmation", 400,
				"兩次輸入的新密碼不一致");
		assertField(browser, "/me/unification", unify("Secure123", "Secure123", "Secure123"), "newPassword", 400,
				"新密碼不可與原密碼相同");
		assertField(browser, "/me/unification", unify("Wrong0001", "Unify2024", "Unify2024"), "oldPassword", 400,
				"舊密碼錯誤");
		assertField(browser, "/me/unification", unify("Secure123", "KGI123456", "KGI123456"), "newPassword", 400,
				"新密碼過於常見");

		MockHttpServletResponse unified = browser
			.send(unify(form("/me/unification"), "Secure123", "Unify2024", "Unify2024"));
		assertThat(unified.getRedirectedUrl()).isEqualTo("/me/unification/done");
		String done = browser.send(get("/me/unification/done")).getContentAsString();
		assertThat(done).contains("id=\"unified\"").contains("密碼歸戶成功").contains("請使用新密碼登入");
		for (Account account : accounts(customer)) {
			assertThat(this.testCustomers.webPasswordIs(account, "Unify2024")).isTrue();
		}
		assertThat(this.testCustomers.reload(customer).isUnified()).isTrue();
		// the session is unified now: the change page is the one form
		assertThat(browser.send(get("/me/change")).getContentAsString()).contains("網路登入密碼變更-歸戶");
		String again = browser.send(get("/me/unification")).getContentAsString();
		assertThat(again).contains("id=\"already-unified\"").contains("臨櫃辦理").doesNotContain("id=\"unify-form\"");
		MockHttpServletResponse twice = browser
			.send(unify(form("/me/unification"), "Unify2024", "Other2024", "Other2024"));
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(twice.getContentAsString()).contains("id=\"already-unified\"");

		ApiClient fresh = loggedIn(customer, "Unify2024");
		assertThat(fresh.send(get("/me")).getContentAsString()).contains("歸戶（所有帳號共用同一組網路登入密碼）");
	}

	private void assertField(ApiClient browser, String path, Fields fields, String field, int status, String text)
			throws Exception {
		MockHttpServletResponse response = browser.send(fields.apply(form(path)));
		assertThat(response.getStatus()).as(field).isEqualTo(status);
		String page = response.getContentAsString();
		assertThat(page).as(field)
			.contains("id=\"" + field + "-error\"")
			.containsPattern("id=\"" + field + "\"[^>]*aria-describedby=\"[^\"]*" + field + "-error\"")
			.contains(text)
			.doesNotContain("\"code\"");
	}

	@FunctionalInterface
	private interface Fields {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request);

	}

	private static Fields web(String oldPassword, String newPassword, String confirmation) {
		return (request) -> web(request, oldPassword, newPassword, confirmation).param("syncVoice", "true");
	}

	private static MockHttpServletRequestBuilder web(MockHttpServletRequestBuilder request, String oldPassword,
			String newPassword, String confirmation) {
		return request.param("changeWeb", "true")
			.param("oldPassword", oldPassword)
			.param("newPassword", newPassword)
			.param("confirmation", confirmation);
	}

	private static Fields withdrawalOnly(String oldPassword, String newPassword, String confirmation) {
		return (request) -> request.param("changeWithdrawal", "true")
			.param("oldWithdrawalPassword", oldPassword)
			.param("newWithdrawalPassword", newPassword)
			.param("withdrawalConfirmation", confirmation);
	}

	private static Fields unify(String oldPassword, String newPassword, String confirmation) {
		return (request) -> unify(request, oldPassword, newPassword, confirmation);
	}

	private static MockHttpServletRequestBuilder unify(MockHttpServletRequestBuilder request, String oldPassword,
			String newPassword, String confirmation) {
		return request.param("oldPassword", oldPassword)
			.param("newPassword", newPassword)
			.param("confirmation", confirmation);
	}

	private List<Account> accounts(Customer customer) {
		return this.testCustomers.accounts(customer);
	}

	private ApiClient loggedIn(Customer customer, String password) {
		ApiClient browser = browser();
		browser.send(get("/login"));
		try {
			String altcha = browser.solvedCaptcha();
			MockHttpServletResponse response = browser.send(form("/login").param("nationalId", customer.getCustomerId())
				.param("password", password)
				.param("altcha", altcha));
			assertThat(response.getRedirectedUrl()).isEqualTo("/me");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return browser;
	}

	private ApiClient browser() {
		return new ApiClient(this.mvc).overTls();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
	}

	private static MockHttpServletRequestBuilder form(String path) {
		return MockMvcRequestBuilders.post(path).secure(true).contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

}
