package com.brokerage.passwordcenter.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every portal page, in zh-TW and in English, scanned with axe-core in the headless
 * Chromium of {@link PortalBrowserTest} (the same {@link HeadlessChromium} fixture and
 * the same real HTTPS, SMTP and Twilio fakes): no serious or critical violation; the
 * report of every page, even without violations, is in {@code target/axe/} and in the
 * test's output. Beyond axe, what a keyboard or screen-reader user relies on: after a
 * refused submit the focus is on the first invalid field (or the form's error), which is
 * marked {@code aria-invalid} and described by its error; the passcode page's countdowns
 * speak through one polite live region that does not change every second; each page names
 * its language. The pages of a device certificate are reached through the TLS proxy's
 * header (password-center.certificate.proxy-header), set on the browser with the DevTools
 * protocol, since headless Chromium cannot present a client certificate here.
 */
@ExtendWith(HeadlessChromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
class AccessibilityBrowserTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "accessibility-browser");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	private static final GreenMail mail = TestMail.start();

	private static final Pattern LINK_TOKEN = Pattern.compile("/reissue/link\\?token=([A-Za-z0-9_-]{43})");

	private static final String CERTIFICATE_HEADER = "X-Client-Cert";

	private static final String BIRTH_DATE = "19900215";

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private AxeReport axe;

	private String language;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestServerTls.register(registry, tls.propertiesWithoutClientCertificates());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("password-center.certificate.proxy-header.enabled", () -> "true");
		registry.add("password-center.certificate.proxy-header.name", () -> CERTIFICATE_HEADER);
		registry.add("password-center.certificate.proxy-header.trusted-proxies[0]", () -> "127.0.0.1");
		registry.add("password-center.certificate.proxy-header.trusted-proxies[1]", () -> "::1");
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
	@DisplayName("axe-core on every portal page: 0 serious or critical violations; refused forms move the focus to "
			+ "the first invalid field, marked aria-invalid and described by its error; the countdowns' live region "
			+ "is polite and quiet between minutes; every page names its language")
	void everyPageIsAccessible(String language) throws Exception {
		this.language = language;
		this.axe = new AxeReport(language);

		anonymousPages();
		reissueWithoutCertificate();
		withDeviceCertificate();
		signedInPages();

		String summary = this.axe.writeSummary();
		System.out.println("axe-core report (target/axe/" + language + "/):\n" + summary);
		assertThat(this.axe.summary()).as("pages scanned").hasSizeGreaterThanOrEqualTo(30);
		assertThat(this.axe.blocking()).as("serious or critical axe-core violations").isEmpty();
	}

	/** Landing, login, reissue step 1, unlock, the link page, each refused once. */
	private void anonymousPages() {
		open("/");
		scan("home");
		open("/?problem=session");
		scan("home-session-expired");
		open("/reissue/applications/not-an-application");
		scan("reissue-not-found");

		open("/login");
		scan("login");
		click(By.id("login-submit"));
		assertFocusOnInvalid("nationalId");
		scan("login-errors");

		open("/reissue");
		scan("reissue-start");
		type(By.id("nationalId"), "A12345678");
		click(By.id("reissue-submit"));
		assertFocusOnInvalid("nationalId");
		scan("reissue-start-errors");

		open("/unlock");
		scan("unlock");
		type(By.id("nationalId"), this.testCustomers.unified("Right1234").getCustomerId());
		click(By.id("unlock-submit"));
		assertFocusOnInvalid("birthDate");
		scan("unlock-errors");

		open("/reissue/link?token=not-a-real-token");
		scan("reissue-link");
		click(By.id("link-continue"));
		waitFor(By.id("form-error"));
		assertThat(activeElementId()).as("focus on the refusal").isEqualTo("form-error");
		scan("reissue-link-invalid");
	}

	/**
	 * The reissue without certificate, page by page: account, "check your email", the
	 * link, get passcode, sending, the passcode (with its live region), a wrong one, the
	 * initial password, a bad new password, done.
	 */
	private void reissueWithoutCertificate() throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		open("/reissue");
		type(By.id("nationalId"), customer.getCustomerId());
		type(By.id("birthDate"), BIRTH_DATE);
		click(By.id("reissue-submit"));
		waitFor(By.id("account-submit"));
		scan("reissue-account");
		String applicationId = this.browser.getCurrentUrl().replaceAll(".*/", "");
		click(By.id("account-0"));
		int mailsBefore = mail.getReceivedMessages().length;
		click(By.id("account-submit"));
		waitFor(By.id("email-sent"));
		scan("reissue-email-sent");

		execute(applicationId, ReissueProcess.TASK_SEND_LINK_EMAIL);
		String token = linkToken(mailsBefore);
		this.browser.manage().deleteAllCookies();
		open("/reissue/link?token=" + token);
		click(By.id("link-continue"));
		waitFor(By.id("request-passcode"));
		scan("reissue-request-passcode");
		click(By.id("request-passcode"));
		waitFor(By.id("processing"));
		scan("reissue-processing");
		execute(applicationId, PasscodeProcess.TASK_SEND);
		WebElement countdown = waiting(15)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("resend-countdown")));
		assertLiveRegionIsQuiet(countdown);
		scan("reissue-passcode");

		type(By.id("passcode"), "0000000");
		click(By.id("verify-passcode"));
		assertFocusOnInvalid("passcode");
		scan("reissue-passcode-wrong");
		type(By.id("passcode"), twilio.lastPasscode());
		click(By.id("verify-passcode"));
		waitFor(By.id("initial-password"));
		scan("reissue-initial-password");
		type(By.id("newPassword"), "short");
		type(By.id("confirmation"), "short");
		click(By.id("password-submit"));
		assertFocusOnInvalid("newPassword");
		scan("reissue-password-errors");
		type(By.id("newPassword"), "Brand1234");
		type(By.id("confirmation"), "Brand1234");
		click(By.id("password-submit"));
		waitFor(By.id("changed"));
		scan("reissue-done");
	}

	/**
	 * With the device certificate a TLS proxy would forward: the reissue's channel
	 * choice, its cancellation, and a successful online unlock.
	 */
	private void withDeviceCertificate() {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		presentCertificate(pki.valid(customer.getCustomerId()).certificate());
		open("/reissue");
		type(By.id("nationalId"), customer.getCustomerId());
		type(By.id("birthDate"), BIRTH_DATE);
		click(By.id("reissue-submit"));
		click(By.id("account-0"));
		click(By.id("account-submit"));
		waitFor(By.id("channel-submit"));
		scan("reissue-channel");
		click(By.id("cancel"));
		waitFor(By.id("ended"));
		scan("reissue-cancelled");

		open("/unlock");
		type(By.id("nationalId"), customer.getCustomerId());
		type(By.id("birthDate"), BIRTH_DATE);
		click(By.id("unlock-submit"));
		waitFor(By.id("unlocked"));
		scan("unlock-done");
		presentCertificate(null);
	}

	/**
	 * Signed in: the account table, one account's form (refused, then done), the
	 * unification (refused, then done), the unified form, "already unified", and the page
	 * of a wrong old password that locks the login.
	 */
	private void signedInPages() {
		Customer customer = this.testCustomers.split("Secure123", "Future123");
		this.testCustomers.withdrawalPassword(customer, "wd1234");
		logIn(customer.getCustomerId(), "Secure123");
		waitFor(By.id("masked-id"));
		scan("me");
		click(By.id("go-change"));
		waitFor(By.id("accounts"));
		scan("change-accounts");
		click(By.id("change-0"));
		waitFor(By.id("change-form"));
		scan("change-account");
		type(By.id("oldPassword"), "Secure123");
		type(By.id("newPassword"), "Ab12/cd");
		type(By.id("confirmation"), "Ab12/cd");
		click(By.id("change-submit"));
		assertFocusOnInvalid("newPassword");
		scan("change-account-errors");
		type(By.id("oldPassword"), "Secure123");
		type(By.id("newPassword"), "Ab12cde");
		type(By.id("confirmation"), "Ab12cde");
		click(By.id("change-submit"));
		waitFor(By.id("changed"));
		scan("change-done");

		click(By.id("go-unify"));
		waitFor(By.id("unify-form"));
		scan("unification");
		type(By.id("oldPassword"), "Ab12cde");
		type(By.id("newPassword"), "Unify2024");
		type(By.id("confirmation"), "Unify2025");
		click(By.id("unify-submit"));
		assertFocusOnInvalid("confirmation");
		scan("unification-errors");
		type(By.id("oldPassword"), "Ab12cde");
		type(By.id("newPassword"), "Unify2024");
		type(By.id("confirmation"), "Unify2024");
		click(By.id("unify-submit"));
		waitFor(By.id("unified"));
		scan("unification-done");

		open("/me/change");
		waitFor(By.id("withdrawal-part"));
		scan("change-unified");
		open("/me/unification");
		waitFor(By.id("already-unified"));
		scan("unification-already");

		open("/me/accounts/not-a-number/change");
		scan("unexpected-error");

		for (int attempt = 1; attempt <= 3; attempt++) {
			open("/me/change");
			type(By.id("oldPassword"), "Wrong00" + attempt);
			type(By.id("newPassword"), "Next2025");
			type(By.id("confirmation"), "Next2025");
			click(By.id("change-submit"));
			if (attempt < 3) {
				assertFocusOnInvalid("oldPassword");
			}
		}
		waitFor(By.id("session-ended"));
		assertThat(activeElementId()).as("focus on the lock message").isEqualTo("form-error");
		scan("locked");
	}

	/**
	 * After a refused submit: the focus is on the field, which says it is invalid and is
	 * described by its error message.
	 */
	private void assertFocusOnInvalid(String field) {
		// the refused page has replaced the submitted one once its field says so and
		// holds the focus
		waiting(10).until((driver) -> "true".equals(driver.findElement(By.id(field)).getDomAttribute("aria-invalid"))
				&& field.equals(activeElementId()));
		WebElement input = this.browser.findElement(By.id(field));
		String describedBy = input.getDomAttribute("aria-describedby");
		if (describedBy == null) {
			// a radio group: the fieldset carries the description
			describedBy = input.findElement(By.xpath("ancestor::fieldset")).getDomAttribute("aria-describedby");
		}
		assertThat(describedBy).as(field + " aria-describedby").isNotNull();
		String errorId = List.of(describedBy.split(" "))
			.stream()
			.filter((id) -> id.endsWith("-error"))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError(field + " is not described by an error: " + this.browser.getPageSource()));
		assertThat(this.browser.findElement(By.id(errorId)).getText()).as(errorId).isNotBlank();
	}

	/**
	 * The countdowns tick every second, the one live region (polite) does not: a change
	 * there is said at once by a screen reader.
	 */
	private void assertLiveRegionIsQuiet(WebElement countdown) {
		WebElement live = this.browser.findElement(By.id("countdown-status"));
		assertThat(live.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(this.browser.findElements(By.cssSelector("[aria-live]"))).as("one live region").hasSize(1);
		assertThat(countdown.findElements(By.xpath("ancestor-or-self::*[@aria-live]"))).as("the ticking text")
			.isEmpty();
		this.browser.executeScript("window.liveChanges = 0; new MutationObserver(function () { window.liveChanges++; })"
				+ ".observe(document.getElementById('countdown-status'), {childList: true, characterData: true, subtree: true});");
		String first = countdown.getText();
		waiting(5).until((driver) -> !countdown.getText().equals(first));
		String second = countdown.getText();
		waiting(5).until((driver) -> !countdown.getText().equals(second));
		assertThat(((Number) this.browser.executeScript("return window.liveChanges;")).intValue())
			.as("live region changes while the countdown ticked twice")
			.isZero();
	}

	private void scan(String page) {
		String expected = this.language.equals("en") ? "en" : "zh-Hant-TW";
		// a page that reloads itself (the processing step polls) may be replaced while it
		// is read: read it again
		for (int attempt = 1;; attempt++) {
			try {
				assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(page + " lang")
					.isEqualTo(expected);
				this.axe.scan(this.browser, page);
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
				if (attempt == 3) {
					throw reloaded;
				}
			}
		}
	}

	/**
	 * Opens a page in the language of this run (the switch's parameter, remembered in a
	 * cookie).
	 */
	private void open(String path) {
		String separator = path.contains("?") ? "&" : "?";
		this.browser.get(base() + path + separator + "lang=" + this.language);
	}

	/** What a TLS proxy in front of the app forwards; null forwards none. */
	private void presentCertificate(java.security.cert.X509Certificate certificate) {
		this.browser.executeCdpCommand("Network.enable", Map.of());
		Map<String, Object> headers = (certificate == null) ? Map.of()
				: Map.of(CERTIFICATE_HEADER, URLEncoder.encode(TestPki.pem(certificate), StandardCharsets.UTF_8));
		this.browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
	}

	private void logIn(String nationalId, String password) {
		open("/login");
		type(By.id("nationalId"), nationalId);
		type(By.id("password"), password);
		WebElement checkbox = waiting(10)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("altcha-widget input[type=checkbox]")));
		checkbox.click();
		waiting(20).until((driver) -> {
			List<WebElement> solution = driver.findElements(By.cssSelector("altcha-widget input[name=altcha]"));
			return !solution.isEmpty() && !String.valueOf(solution.get(0).getDomProperty("value")).isBlank();
		});
		click(By.id("login-submit"));
	}

	private String activeElementId() {
		return String
			.valueOf(this.browser.executeScript("return document.activeElement && document.activeElement.id;"));
	}

	private WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private WebElement waitFor(By element) {
		return waiting(10).until(ExpectedConditions.presenceOfElementLocated(element));
	}

	private void click(By element) {
		waiting(10).until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void type(By element, String text) {
		WebElement input = waiting(10).until(ExpectedConditions.visibilityOfElementLocated(element));
		input.clear();
		input.sendKeys(text);
	}

	private void execute(String applicationId, String activityId) {
		ApplicationJobs jobsOf = new ApplicationJobs(this.runtime, this.management);
		waiting(10).until((driver) -> {
			List<Job> jobs = jobsOf.allAt(applicationId, activityId);
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
			return !jobs.isEmpty();
		});
	}

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
