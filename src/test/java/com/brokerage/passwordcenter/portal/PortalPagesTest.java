package com.brokerage.passwordcenter.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import jakarta.servlet.http.Cookie;
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
 * The portal's pages over HTTP (MockMvc): every page in both languages, bad input shown
 * next to its field (never JSON), the lock messages, login and logout, CSRF on every
 * form. The browser journeys are in {@link PortalBrowserTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class PortalPagesTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "/, zh-TW, 密碼中心", "/, en, Password Center", "/login, zh-TW, 我不是機器人檢核", "/login, en, I am not a robot",
			"/reissue, zh-TW, 線上密碼補發申請次數以每日5次為限", "/reissue, en, at most 5 times a day", "/unlock, zh-TW, 立即解鎖",
			"/unlock, en, Unlock now", "/reissue/link?token=x, zh-TW, 繼續", "/reissue/link?token=x, en, Continue" })
	@DisplayName("every page renders in zh-TW and English, with the layout, the contact texts and no inline script")
	void pagesInBothLanguages(String path, String language, String text) throws Exception {
		MockHttpServletResponse page = browser()
			.send(get(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains(text)
			.contains("0800-085-005")
			.contains("(02)2389-0088")
			.contains("/portal/portal.css")
			.contains("lang=\"" + (language.equals("en") ? "en" : "zh-Hant-TW") + "\"");
		assertThat(INLINE_SCRIPT.matcher(html).find()).as("an inline script").isFalse();
		if (html.contains("<form")) {
			assertThat(html).contains("name=\"_csrf\"");
		}
	}

	@Test
	@DisplayName("R-LOGIN-1: blank and malformed input is shown next to its field, tied by aria-describedby")
	void loginFieldErrors() throws Exception {
		ApiClient browser = browser();
		browser.send(get("/login"));
		String blank = browser.send(form("/login").param("nationalId", "").param("password", "")).getContentAsString();
		assertThat(blank).contains("aria-describedby=\"nationalId-error\"")
			.contains("id=\"nationalId-error\"")
			.contains("請輸入身分證字號/統編")
			.contains("id=\"password-error\"")
			.doesNotContain("\"code\"");
		String malformed = browser.send(form("/login").param("nationalId", "A123456788").param("password", "x"))
			.getContentAsString();
		assertThat(malformed).contains("身分證字號/統編格式不正確").contains("value=\"A123456788\"");
		String noCaptcha = browser.send(form("/login").param("nationalId", "A123456789").param("password", "Secret12"))
			.getContentAsString();
		assertThat(noCaptcha).contains("id=\"altcha-error\"").contains("請先完成「我不是機器人」檢核").doesNotContain("Secret12");
	}

	@Test
	@DisplayName("R-LOGIN-2/3/5: wrong passwords, then the lock message with the unlock and reissue links; "
			+ "the right password signs in (new session id), /me shows the masked ID, logout ends it")
	void loginLockAndSignIn() throws Exception {
		Customer locked = this.testCustomers.unified("Right1234");
		ApiClient browser = browser();
		browser.send(get("/login"));
		String wrong = login(browser, locked.getCustomerId(), "Wrong0001").getContentAsString();
		assertThat(wrong).contains("身分證字號或密碼錯誤").contains("role=\"alert\"");
		login(browser, locked.getCustomerId(), "Wrong0002");
		MockHttpServletResponse third = login(browser, locked.getCustomerId(), "Wrong0003");
		assertThat(third.getContentAsString()).contains("data-code=\"LOGIN_LOCKED_UNLOCK_AVAILABLE\"")
			.contains("href=\"/unlock\"")
			.contains("href=\"/reissue\"")
			.contains("帳戶已鎖定");

		Customer customer = this.testCustomers.unified("Right1234");
		String before = browser.sessionId();
		MockHttpServletResponse signedIn = login(browser, customer.getCustomerId(), "Right1234");
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/me");
		assertThat(browser.sessionId()).isNotEqualTo(before);
		String me = browser.send(get("/me")).getContentAsString();
		assertThat(me).contains(customer.getMaskedCustomerId()).doesNotContain(customer.getCustomerId());

		MockHttpServletResponse out = browser.send(form("/logout"));
		assertThat(out.getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.send(get("/me")).getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	@DisplayName("R-LOGIN-4: six failures: the lock message offers only the reissue")
	void reissueOnlyLock() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient browser = browser();
		for (int i = 0; i < 3; i++) {
			login(browser, customer.getCustomerId(), "Wrong000" + i);
		}
		this.testCustomers.unlock(customer);
		for (int i = 3; i < 5; i++) {
			login(browser, customer.getCustomerId(), "Wrong000" + i);
		}
		String page = login(browser, customer.getCustomerId(), "Wrong0009").getContentAsString();
		assertThat(page).contains("data-code=\"LOGIN_LOCKED_REISSUE_ONLY\"")
			.contains("id=\"reissue-link\"")
			.doesNotContain("id=\"unlock-link\"");
	}

	@Test
	@DisplayName("R-REISSUE-1/2: step 1 shows the daily limit; bad input next to its field; identity mismatch above the form")
	void reissueStartErrors() throws Exception {
		ApiClient browser = browser();
		assertThat(browser.send(get("/reissue")).getContentAsString()).contains("每日5次");
		String blank = browser.send(form("/reissue").param("nationalId", "").param("birthDate", ""))
			.getContentAsString();
		assertThat(blank).contains("id=\"nationalId-error\"").contains("id=\"birthDate-error\"");
		String badDate = browser
			.send(form("/reissue").param("nationalId", "A123456789").param("birthDate", "2002-02-01"))
			.getContentAsString();
		assertThat(badDate).contains("aria-describedby=\"birthDate-hint birthDate-error\"")
			.contains("出生年月日請以西元年 8 位數字");
		Customer customer = this.testCustomers.unified("Right1234");
		MockHttpServletResponse mismatch = browser
			.send(form("/reissue").param("nationalId", customer.getCustomerId()).param("birthDate", "19900101"));
		assertThat(mismatch.getContentAsString()).contains("id=\"form-error\"").contains("身分證字號/統編或出生年月日不正確");
	}

	@Test
	@DisplayName("R-REISSUE-5: without certificate, choose the account → the 'check your email' page; the masked contacts shown")
	void reissueWithoutCertificateUntilEmail() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient browser = browser();
		browser.send(get("/reissue"));
		MockHttpServletResponse started = browser
			.send(form("/reissue").param("nationalId", customer.getCustomerId()).param("birthDate", "19900215"));
		String page = started.getRedirectedUrl();
		assertThat(page).startsWith("/reissue/applications/");
		String accounts = browser.send(get(page)).getContentAsString();
		assertThat(accounts).contains("無憑證線上密碼補發")
			.contains("0912***678")
			.contains("te***@example.com")
			.contains("資料不正確")
			.doesNotContain("0912345678");
		String noChoice = browser.send(form(page + "/account")).getContentAsString();
		assertThat(noChoice).contains("id=\"accountId-error\"").contains("請輸入帳號");
		Matcher account = Pattern.compile("name=\"accountId\" id=\"account-0\" value=\"(\\d+)\"").matcher(accounts);
		assertThat(account.find()).isTrue();
		MockHttpServletResponse confirmed = browser.send(form(page + "/account").param("accountId", account.group(1)));
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/reissue/email-sent");
		assertThat(browser.send(get("/reissue/email-sent").flashAttr("maskedEmail", "te***@example.com"))
			.getContentAsString()).contains("te***@example.com").contains("請至 Email 收信");
		// the web part has ended: this session no longer holds the application
		assertThat(browser.send(get(page)).getContentAsString()).contains("找不到此補發申請");
	}

	@Test
	@DisplayName("R-UNLOCK-1..3: bad birth date next to its field; no certificate → the refusal with the reissue link, "
			+ "and the note that unlock is not for a forgotten password")
	void unlockErrors() throws Exception {
		ApiClient browser = browser();
		String page = browser.send(get("/unlock")).getContentAsString();
		assertThat(page).contains("id=\"not-for-forgotten\"").contains("20020201");
		String badDate = browser.send(form("/unlock").param("nationalId", "A123456789").param("birthDate", "1990"))
			.getContentAsString();
		assertThat(badDate).contains("id=\"birthDate-error\"");
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		MockHttpServletResponse refused = browser
			.send(form("/unlock").param("nationalId", customer.getCustomerId()).param("birthDate", "19900215"));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString()).contains("data-code=\"UNLOCK_NO_CERTIFICATE\"")
			.contains("有效憑證")
			.contains("href=\"/reissue\"");
	}

	@Test
	@DisplayName("R-REISSUE-1, R-UNLOCK-1: a company enters its registration date where a person enters the birth date; "
			+ "both forms say so, in both languages")
	void companyDateIsLabelled() throws Exception {
		for (String path : new String[] { "/reissue", "/unlock" }) {
			assertThat(new ApiClient(this.mvc).overTls().send(get(path)).getContentAsString()).contains("出生日期／設立日期")
				.contains("公司戶（統編）請輸入設立登記日期");
			assertThat(new ApiClient(this.mvc).overTls().send(get(path).param("lang", "en")).getContentAsString())
				.contains("Date of birth / of registration")
				.contains("a company (business number) enters the date of its registration");
		}
	}

	@Test
	@DisplayName("a form posted without its CSRF token goes back to the start page with a message, not a JSON error")
	void csrfFailureOnAPage() throws Exception {
		MockHttpServletResponse forged = this.mvc
			.perform(form("/unlock").param("nationalId", "A123456789").param("birthDate", "19800101"))
			.andReturn()
			.getResponse();
		assertThat(forged.getRedirectedUrl()).isEqualTo("/?problem=session");
		assertThat(browser().send(get("/?problem=session")).getContentAsString()).contains("頁面已逾時");
	}

	@Test
	@DisplayName("the language switch sets a cookie that the pages follow; without it Accept-Language decides, "
			+ "and zh-TW is the default")
	void languageSwitch() throws Exception {
		MockHttpServletResponse switched = this.mvc.perform(get("/?lang=en")).andReturn().getResponse();
		Cookie language = switched.getCookie("PC-LANG");
		assertThat(language).isNotNull();
		assertThat(language.getValue()).isEqualTo("en");
		assertThat(language.isHttpOnly()).isTrue();
		String login = this.mvc.perform(get("/login").cookie(language)).andReturn().getResponse().getContentAsString();
		assertThat(login).contains("National ID / business number");
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("身分證字號/統編");
		assertThat(this.mvc.perform(get("/login").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("National ID / business number");
		MockHttpServletResponse secure = this.mvc.perform(get("/?lang=zh-TW").secure(true)).andReturn().getResponse();
		assertThat(secure.getCookie("PC-LANG").getSecure()).isTrue();
	}

	private ApiClient browser() {
		return new ApiClient(this.mvc).overTls();
	}

	private static MockHttpServletResponse login(ApiClient browser, String nationalId, String password)
			throws Exception {
		String altcha = browser.solvedCaptcha();
		return browser
			.send(form("/login").param("nationalId", nationalId).param("password", password).param("altcha", altcha));
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
	}

	private static MockHttpServletRequestBuilder form(String path) {
		return MockMvcRequestBuilders.post(path).secure(true).contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

}
