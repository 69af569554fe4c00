package com.brokerage.passwordcenter.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.reissue.ReissueProcess;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HeadlessChromium;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's journeys in headless Chromium against the app over real HTTPS: the mail
 * really goes through SMTP into GreenMail, the SMS through the Twilio SDK into WireMock.
 * The job executor is off, so the test runs the async jobs (mail, SMS) itself where the
 * app's would. Each journey runs in zh-TW (the browser asks for it) and in English
 * (chosen with the page's switch). With {@code -Dscreenshots=true} every page is saved
 * into {@code docs/screenshots/}.
 */
@ExtendWith(HeadlessChromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
class PortalBrowserTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "portal-browser");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static final GreenMail mail = TestMail.start();

	private static final Pattern LINK_TOKEN = Pattern.compile("/reissue/link\\?token=([A-Za-z0-9_-]{43})");

	private static final String BIRTH_DATE = "19900215";

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestServerTls.register(registry, tls.propertiesWithoutClientCertificates());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@BeforeEach
	void startBrowser() {
		this.chromium = HeadlessChromium.start();
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@AfterAll
	static void stopFakes() {
		twilio.stop();
		mail.stop();
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "zh-TW", "en" })
	@DisplayName("R-LOGIN-1..3: the landing page, login with the ALTCHA widget, wrong passwords, the lock message "
			+ "with the unlock link; then a customer signs in, sees the masked ID and logs out")
	void loginAndLockout(String language) {
		Customer customer = this.testCustomers.unified("Right1234");
		home(language);
		shot(language, "01-home");
		click(By.id("go-login"));
		wait(ExpectedConditions.urlContains("/login"));
		shot(language, "02-login");

		click(By.id("login-submit"));
		assertThat(text(By.id("nationalId-error"))).isEqualTo(error("FIELD_REQUIRED", language, "nationalId"));
		assertThat(this.browser.findElement(By.id("nationalId")).getDomAttribute("aria-describedby"))
			.isEqualTo("nationalId-error");
		shot(language, "03-login-errors");

		for (int attempt = 1; attempt <= 3; attempt++) {
			logIn(customer.getCustomerId(), "Wrong000" + attempt);
		}
		wait(ExpectedConditions.attributeToBe(By.id("form-error"), "data-code", "LOGIN_LOCKED_UNLOCK_AVAILABLE"));
		WebElement locked = this.browser.findElement(By.id("form-error"));
		assertThat(locked.getText()).contains(message("page.login.unlockLink", language));
		shot(language, "04-login-locked");

		Customer other = this.testCustomers.unified("Right1234");
		logIn(other.getCustomerId(), "Right1234");
		wait(ExpectedConditions.urlContains("/me"));
		assertThat(text(By.id("masked-id"))).isEqualTo(other.getMaskedCustomerId());
		shot(language, "05-me");
		click(By.id("logout"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				message("page.loggedOut", language)));
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "zh-TW", "en" })
	@DisplayName("R-REISSUE-1..11 without certificate, end to end: step 1, account, 'check your email', the mailed "
			+ "link, the SMS passcode with a live countdown, the initial password, a bad and a good new password, "
			+ "then a login with it")
	void reissueWithoutCertificate(String language) throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		home(language);
		click(By.id("go-reissue"));
		assertThat(text(By.id("daily-limit"))).isEqualTo(message("page.reissue.dailyLimit", language, 5));
		shot(language, "10-reissue-start");
		type(By.id("nationalId"), customer.getCustomerId());
		type(By.id("birthDate"), "1990-02-15");
		click(By.id("reissue-submit"));
		assertThat(text(By.id("birthDate-error"))).isEqualTo(error("INVALID_BIRTH_DATE", language, "birthDate"));
		type(By.id("birthDate"), BIRTH_DATE);
		click(By.id("reissue-submit"));

		assertThat(text(By.id("masked-mobile"))).isEqualTo("0912***678");
		assertThat(text(By.id("masked-email"))).isEqualTo("te***@example.com");
		shot(language, "11-reissue-account");
		String applicationId = this.browser.getCurrentUrl().replaceAll(".*/", "");
		click(By.id("account-0"));
		int mailsBefore = mail.getReceivedMessages().length;
		click(By.id("account-submit"));
		assertThat(text(By.id("email-sent"))).isEqualTo(message("page.reissue.emailSent.title", language));
		shot(language, "12-reissue-email-sent");

		execute(applicationId, ReissueProcess.TASK_SEND_LINK_EMAIL);
		String token = linkToken(mailsBefore);
		// a new browser session, as when the customer opens the mail elsewhere
		this.browser.manage().deleteAllCookies();
		this.browser.get(base() + "/reissue/link?token=" + token + "&lang=" + language);
		shot(language, "13-reissue-link");
		click(By.id("link-continue"));
		wait(ExpectedConditions.urlContains("/reissue/applications/"));
		assertThat(this.browser.getCurrentUrl()).doesNotContain(token);
		shot(language, "14-reissue-request-passcode");
		click(By.id("request-passcode"));
		execute(applicationId, PasscodeProcess.TASK_SEND);
		WebElement countdown = waiting(15)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("resend-countdown")));
		String first = countdown.getText();
		assertThat(first).matches("0[12]:\\d\\d");
		assertThat(this.browser.findElement(By.id("resend-passcode")).isEnabled()).as("resend waits").isFalse();
		waiting(5).until((driver) -> !driver.findElement(By.id("resend-countdown")).getText().equals(first));
		assertThat(text(By.id("expiry-countdown"))).matches("0[45]:\\d\\d");
		shot(language, "15-reissue-passcode");

		type(By.id("passcode"), "0000000");
		click(By.id("verify-passcode"));
		assertThat(text(By.id("passcode-error"))).isEqualTo(error("PASSCODE_WRONG", language, "passcode", 4));
		shot(language, "16-reissue-passcode-wrong");
		type(By.id("passcode"), twilio.lastPasscode());
		click(By.id("verify-passcode"));
		String initialPassword = text(By.id("initial-password"));
		assertThat(initialPassword).matches("[A-Za-z0-9]{10}");
		shot(language, "17-reissue-initial-password");

		type(By.id("newPassword"), "short");
		type(By.id("confirmation"), "short");
		click(By.id("password-submit"));
		assertThat(text(By.id("newPassword-error"))).isEqualTo(error("PASSWORD_TOO_SHORT", language, "newPassword"));
		assertThat(text(By.id("initial-password"))).as("kept for the retry").isEqualTo(initialPassword);
		shot(language, "18-reissue-password-error");
		type(By.id("newPassword"), "Brand1234");
		type(By.id("confirmation"), "Brand1234");
		click(By.id("password-submit"));
		assertThat(text(By.id("changed"))).isEqualTo(message("page.reissue.changed", language));
		shot(language, "19-reissue-done");

		click(By.id("go-login"));
		logIn(customer.getCustomerId(), "Brand1234");
		wait(ExpectedConditions.urlContains("/me"));
		assertThat(text(By.id("masked-id"))).isEqualTo(customer.getMaskedCustomerId());
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "zh-TW", "en" })
	@DisplayName("R-UNLOCK-1..3: the unlock page, its field errors, the refusal without a device certificate and "
			+ "the note's link to the reissue (R-UNLOCK-2)")
	void onlineUnlock(String language) {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		home(language);
		click(By.id("go-unlock"));
		shot(language, "20-unlock");
		click(By.id("unlock-submit"));
		assertThat(text(By.id("birthDate-error"))).isEqualTo(error("FIELD_REQUIRED", language, "birthDate"));
		assertThat(this.browser.findElement(By.id("birthDate")).getDomAttribute("aria-describedby"))
			.isEqualTo("birthDate-hint birthDate-error");
		type(By.id("nationalId"), customer.getCustomerId());
		type(By.id("birthDate"), BIRTH_DATE);
		click(By.id("unlock-submit"));
		wait(ExpectedConditions.attributeToBe(By.id("form-error"), "data-code", "UNLOCK_NO_CERTIFICATE"));
		shot(language, "21-unlock-no-certificate");
		click(By.cssSelector("#not-for-forgotten a"));
		wait(ExpectedConditions.urlMatches("/reissue$"));
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "zh-TW", "en" })
	@DisplayName("R-CHANGE-2/4, R-UNIFY-1..3: a non-unified customer sees the account table, changes one account "
			+ "(a field error first), unifies, then logs in with the unified password and gets the one form; "
			+ "a second unification is refused with the branch message")
	void changeThenUnify(String language) {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		this.testCustomers.withdrawalPassword(customer, "wd1234");
		home(language);
		click(By.id("go-login"));
		logIn(customer.getCustomerId(), "Secure123");
		wait(ExpectedConditions.urlContains("/me"));
		click(By.id("go-change"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));
		assertThat(text(By.id("greeting"))).contains(customer.getMaskedCustomerId());
		assertThat(text(By.id("why-1"))).isEqualTo(message("page.change.notChangeable", language));
		assertThat(this.browser.findElements(By.cssSelector("#keypad tbody tr"))).hasSize(8);
		shot(language, "40-change-accounts");
		this.chromium.resize(375, 812);
		assertThat(this.chromium.fitsWidth()).as("the account table fits 375 px").isTrue();
		this.chromium.resize(1024, 900);

		click(By.id("change-0"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("change-form")));
		assertThat(this.browser.findElement(By.id("syncVoice")).isSelected()).as("voice sync ticked").isTrue();
		shot(language, "41-change-account");
		type(By.id("oldPassword"), "Secure123");
		type(By.id("newPassword"), "Ab12/cd");
		type(By.id("confirmation"), "Ab12/cd");
		click(By.id("change-submit"));
		assertThat(text(By.id("newPassword-error"))).isEqualTo(error("PASSWORD_HAS_SYMBOL", language, "newPassword"));
		assertThat(this.browser.findElement(By.id("newPassword")).getDomAttribute("aria-describedby"))
			.isEqualTo("newPassword-hint newPassword-error");
		shot(language, "42-change-error");
		type(By.id("oldPassword"), "Secure123");
		type(By.id("newPassword"), "Ab12cde");
		type(By.id("confirmation"), "Ab12cde");
		click(By.id("change-submit"));
		assertThat(text(By.cssSelector("#changed strong"))).isEqualTo(message("page.change.done", language));
		shot(language, "43-change-done");

		click(By.id("go-unify"));
		assertThat(text(By.id("masked-id"))).isEqualTo(customer.getMaskedCustomerId());
		assertThat(text(By.id("unify-lead"))).isEqualTo(message("page.unify.lead", language));
		shot(language, "44-unification");
		type(By.id("oldPassword"), "Ab12cde");
		type(By.id("newPassword"), "Unify2024");
		type(By.id("confirmation"), "Unify2025");
		click(By.id("unify-submit"));
		assertThat(text(By.id("confirmation-error")))
			.isEqualTo(error("PASSWORD_CONFIRMATION_MISMATCH", language, "confirmation"));
		type(By.id("oldPassword"), "Ab12cde");
		type(By.id("newPassword"), "Unify2024");
		type(By.id("confirmation"), "Unify2024");
		click(By.id("unify-submit"));
		assertThat(text(By.cssSelector("#unified strong"))).isEqualTo(message("page.unify.done", language));
		shot(language, "45-unification-done");
		click(By.id("logout"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				message("page.loggedOut", language)));

		click(By.id("go-login"));
		logIn(customer.getCustomerId(), "Unify2024");
		wait(ExpectedConditions.urlContains("/me"));
		click(By.id("go-change"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal-part")));
		assertThat(text(By.tagName("h1"))).isEqualTo(message("page.change.title.unified", language));
		assertThat(this.browser.findElements(By.id("accounts"))).isEmpty();
		shot(language, "46-change-unified");
		// only the withdrawal password this time: untick the web part, tick the
		// withdrawal part
		click(By.id("changeWeb"));
		click(By.id("changeWithdrawal"));
		type(By.id("oldWithdrawalPassword"), "wd1234");
		type(By.id("newWithdrawalPassword"), "wd567");
		type(By.id("withdrawalConfirmation"), "wd567");
		click(By.id("change-submit"));
		assertThat(text(By.id("newWithdrawalPassword-error")))
			.isEqualTo(error("WITHDRAWAL_PASSWORD_LENGTH", language, "newWithdrawalPassword"));
		this.browser.get(base() + "/me/unification");
		assertThat(text(By.id("already-unified"))).isEqualTo(message("page.unify.already", language));
		shot(language, "47-unification-already");
	}

	@Test
	@DisplayName("R-CHANGE-2: an expired password logs in only to the change page, which says why; other pages lead "
			+ "back to it until the password is changed, then the portal is open")
	void expiredPasswordForcesTheChange() {
		Customer customer = this.testCustomers.split("Expire123", "Future123");
		Long securities = this.testCustomers.accounts(customer).get(0).getId();
		this.jdbc.update("update account set password_expires_on = ? where id = ?",
				LocalDate.now(ZoneId.of("Asia/Taipei")).minusDays(1), securities);
		home("zh-TW");
		click(By.id("go-login"));
		logIn(customer.getCustomerId(), "Expire123");
		wait(ExpectedConditions.urlMatches("/me/change$"));
		assertThat(text(By.id("password-expired"))).isEqualTo(message("page.change.expired", "zh-TW"));
		for (String elsewhere : new String[] { "/me", "/me/unification" }) {
			this.browser.get(base() + elsewhere);
			assertThat(this.browser.getCurrentUrl()).as(elsewhere).endsWith("/me/change");
			assertThat(text(By.id("password-expired"))).isEqualTo(message("page.change.expired", "zh-TW"));
		}

		click(By.id("change-0"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("change-form")));
		assertThat(text(By.id("password-expired"))).isEqualTo(message("page.change.expired", "zh-TW"));
		type(By.id("oldPassword"), "Expire123");
		type(By.id("newPassword"), "Renew5678");
		type(By.id("confirmation"), "Renew5678");
		click(By.id("change-submit"));
		assertThat(text(By.cssSelector("#changed strong"))).isEqualTo(message("page.change.done", "zh-TW"));
		assertThat(this.browser.findElements(By.id("password-expired"))).isEmpty();
		this.browser.get(base() + "/me");
		assertThat(this.browser.getCurrentUrl()).endsWith("/me");
		assertThat(text(By.id("greeting"))).isEqualTo(message("page.me.greeting", "zh-TW", customer.getName()));
		this.browser.get(base() + "/me/unification");
		assertThat(text(By.id("unify-lead"))).isEqualTo(message("page.unify.lead", "zh-TW"));
	}

	@Test
	@DisplayName("on a 375-px-wide phone no page scrolls sideways, every input has its label, and the "
			+ "language switch is reachable by keyboard")
	void phoneWidthAndLabels() {
		this.chromium.resize(375, 812);
		for (String path : List.of("/", "/login", "/reissue", "/unlock", "/reissue/link?token=x", "/?lang=en", "/login",
				"/reissue", "/unlock")) {
			this.browser.get(base() + path);
			assertThat(this.chromium.fitsWidth()).as(path + " fits 375 px").isTrue();
			for (WebElement input : this.browser
				.findElements(By.cssSelector("input[type=text], input[type=password]"))) {
				String id = input.getDomAttribute("id");
				assertThat(this.browser.findElements(By.cssSelector("label[for='" + id + "']")))
					.as(path + " label of " + id)
					.isNotEmpty();
			}
		}
		this.browser.get(base() + "/login?lang=zh-TW");
		HeadlessChromium.screenshotIf(this.chromium, "zh-TW", "30-phone-login");
		WebElement english = this.browser.findElement(By.cssSelector("nav.language a[lang=en]"));
		english.sendKeys(org.openqa.selenium.Keys.ENTER);
		wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		HeadlessChromium.screenshotIf(this.chromium, "en", "30-phone-login");
	}

	private void home(String language) {
		this.browser.get(base() + "/");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hant-TW");
		if (language.equals("en")) {
			click(By.cssSelector("nav.language a[lang=en]"));
			wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		}
	}

	/**
	 * Fills and posts the login form, and waits until the answer's page has replaced it.
	 */
	private void logIn(String nationalId, String password) {
		type(By.id("nationalId"), nationalId);
		type(By.id("password"), password);
		solveCaptcha();
		WebElement submit = waiting(10).until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		submit.click();
		// the next attempt must not type into this page while the browser is leaving it
		waiting(10).until((driver) -> gone(submit));
	}

	/**
	 * Whether the element's page has gone: stale, or caught mid-navigation, where Chrome
	 * answers "Node with given id does not belong to the document" instead (seen under
	 * load).
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException stale) {
			return true;
		}
		catch (WebDriverException leaving) {
			if (String.valueOf(leaving.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw leaving;
		}
	}

	/**
	 * What a customer does: tick "I am not a robot" and let the widget solve its proof of
	 * work.
	 */
	private void solveCaptcha() {
		WebElement checkbox = waiting(10)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("altcha-widget input[type=checkbox]")));
		checkbox.click();
		waiting(20).until((driver) -> {
			List<WebElement> solution = driver.findElements(By.cssSelector("altcha-widget input[name=altcha]"));
			return !solution.isEmpty() && !String.valueOf(solution.get(0).getDomProperty("value")).isBlank();
		});
	}

	/**
	 * Pages reload under the test's feet: an element of the old page is simply looked up
	 * again.
	 */
	private WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private void click(By element) {
		waiting(10).until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void type(By element, String text) {
		WebElement input = waiting(10).until(ExpectedConditions.visibilityOfElementLocated(element));
		input.clear();
		input.sendKeys(text);
	}

	private String text(By element) {
		return waiting(10).until(ExpectedConditions.visibilityOfElementLocated(element)).getText().strip();
	}

	private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
		return waiting(10).until(condition::apply);
	}

	private void shot(String language, String name) {
		HeadlessChromium.screenshotIf(this.chromium, language, name);
	}

	private String message(String key, String language, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale(language));
	}

	private String error(String code, String language, String field, Object... extra) {
		Locale locale = locale(language);
		Object[] arguments = new Object[4 + extra.length];
		arguments[0] = this.messages.getMessage("field." + field, null, locale);
		arguments[1] = "0800-085-005";
		arguments[2] = "";
		arguments[3] = "";
		System.arraycopy(extra, 0, arguments, 4, extra.length);
		return this.messages.getMessage("error." + code, arguments, locale);
	}

	private static Locale locale(String language) {
		return language.equals("en") ? Locale.ENGLISH : Locale.TAIWAN;
	}

	private void execute(String applicationId, String activityId) {
		ApplicationJobs jobsOf = new ApplicationJobs(this.runtime, this.management);
		waiting(10).until((driver) -> {
			List<Job> jobs = jobsOf.allAt(applicationId, activityId);
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
			return !jobs.isEmpty();
		});
	}

	/**
	 * The token of the link in the newest mail, as the customer's mail program shows it.
	 */
	private static String linkToken(int mailsBefore) throws Exception {
		assertThat(mail.waitForIncomingEmail(5000, mailsBefore + 1)).isTrue();
		MimeMessage[] received = mail.getReceivedMessages();
		Matcher token = LINK_TOKEN.matcher(TestMail.plainText(received[received.length - 1]));
		assertThat(token.find()).as("the link in the mail").isTrue();
		return token.group(1);
	}

	private String base() {
		return "https://localhost:" + this.port;
	}

}
