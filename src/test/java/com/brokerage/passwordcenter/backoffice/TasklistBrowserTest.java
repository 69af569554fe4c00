package com.brokerage.passwordcenter.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.CamundaWebapp;
import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.HeadlessChromium;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * The back-office journeys as an agent and a clerk work them: the real Camunda Tasklist
 * in headless Chromium over HTTPS, started from "Start process", the Camunda Forms filled
 * by their labels, the task claimed and completed (issue 17). What reaches the engine is
 * what Tasklist's form-js sends; the test reads only outcomes: the SMS through the Twilio
 * SDK into WireMock, the customer's login over the app's API, the process's end event.
 * The job executor is off, so the test runs the async reset job where the app's would.
 */
@ExtendWith(HeadlessChromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistBrowserTest {

	private static final String AGENT = "agent-tasklist";

	private static final String CLERK = "clerk-tasklist";

	private static final String PASSWORD = "tasklist-test";

	/** R-LOGIN-6: ten letters and digits, at least one of each. */
	private static final Pattern INITIAL_PASSWORD = Pattern
		.compile("(?<![A-Za-z0-9])(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{10}(?![A-Za-z0-9])");

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "tasklist-browser");

	private static final FakeTwilio twilio = new FakeTwilio().start();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	TestCustomers testCustomers;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private String signedIn;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestServerTls.register(registry, tls.propertiesWithoutClientCertificates());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
	}

	@BeforeAll
	void startBrowser() {
		this.chromium = HeadlessChromium.start();
		this.browser = this.chromium.driver();
		// Tasklist's footer is fixed at the bottom: room for the whole form above it
		this.chromium.resize(1280, 1600);
	}

	@BeforeEach
	void users() {
		DefaultEngine.serve(this.engine);
		TestEngineUsers.ensure(this.identity, AGENT, PASSWORD, BackOfficeGroups.CUSTOMER_SERVICE);
		TestEngineUsers.ensure(this.identity, CLERK, PASSWORD, BackOfficeGroups.BRANCH_CLERK);
	}

	/** The last page of each journey, in target/, for whoever reads a failure. */
	@org.junit.jupiter.api.AfterEach
	void dumpPage(org.junit.jupiter.api.TestInfo test) {
		this.chromium.dump("tasklist-" + test.getTestMethod().orElseThrow().getName());
	}

	@AfterAll
	void stop() {
		if (this.chromium != null) {
			this.chromium.close();
		}
		twilio.stop();
	}

	@Test
	@DisplayName("R-OPS-1: an agent unlocks a locked caller in Tasklist; the customer logs in with the original password")
	void agentPhoneUnlock() {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		assertThat(api().login(customer.getCustomerId(), "Right1234").statusCode()).as("locked first").isEqualTo(423);

		signInAs(AGENT);
		startProcess("客服電話解鎖");
		type("身分證字號", customer.getCustomerId());
		tick("已核對姓名");
		tick("已核對出生年月日");
		tick("已核對留存之聯絡電話或地址");
		type("備註", "caller verified");
		submitStart();

		openTask("確認解鎖", customer, BackOfficeProcesses.PHONE_UNLOCK);
		assertThat(value("登入狀態")).contains("鎖定，可解鎖一次");
		tick("確認為本人並解除鎖定");
		complete();

		assertThat(endOf(customer, BackOfficeProcesses.PHONE_UNLOCK)).isEqualTo("End_Unlocked");
		System.out.println("Tasklist submitted to the engine: "
				+ reached(instanceOf(customer, BackOfficeProcesses.PHONE_UNLOCK).getId()));
		assertThat(api().login(customer.getCustomerId(), "Right1234").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-OPS-2, R-LOGIN-6: a clerk reissues ONE account of a non-unified customer in Tasklist; the SMS "
			+ "carries the initial password, it opens the login, the other account keeps its own")
	void clerkBranchReissueOneAccount() {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		List<Account> accounts = this.testCustomers.accounts(customer);

		String initialPassword = branchReissue(customer, List.of(accounts.get(0)));

		assertThat(api().login(customer.getCustomerId(), initialPassword).statusCode()).isEqualTo(200);
		assertThat(api().login(customer.getCustomerId(), "Other1234").statusCode()).as("the futures account")
			.isEqualTo(200);
		assertThat(api().login(customer.getCustomerId(), "Forgot123").statusCode()).as("reset").isEqualTo(401);
	}

	@Test
	@DisplayName("R-OPS-2, R-LOGIN-6: a clerk reissues SEVERAL accounts of a non-unified customer; one initial "
			+ "password opens them, the old ones no longer do")
	void clerkBranchReissueSeveralAccounts() {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);

		String initialPassword = branchReissue(customer, this.testCustomers.accounts(customer));

		assertThat(api().login(customer.getCustomerId(), "Forgot123").statusCode()).isEqualTo(401);
		assertThat(api().login(customer.getCustomerId(), "Other1234").statusCode()).isEqualTo(401);
		assertThat(api().login(customer.getCustomerId(), initialPassword).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-OPS-2, R-REISSUE-10: for a unified customer the clerk's reissue resets every account, "
			+ "whatever is ticked")
	void clerkBranchReissueUnified() {
		Customer customer = this.testCustomers.unified("Forgot123");
		this.testCustomers.lock(customer);
		List<Account> accounts = this.testCustomers.accounts(customer);

		String initialPassword = branchReissue(customer, List.of(accounts.get(1)));

		assertThat(api().login(customer.getCustomerId(), "Forgot123").statusCode()).isEqualTo(401);
		HttpApiClient session = api();
		assertThat(session.login(customer.getCustomerId(), initialPassword).statusCode()).isEqualTo(200);
		String table = session.get("/api/v1/me/accounts").body();
		assertThat((Boolean) JsonPath.read(table, "$.unified")).isTrue();
	}

	@Test
	@DisplayName("R-OPS-3, R-UNIFY-3: a clerk splits a unified customer in Tasklist; the customer then changes one "
			+ "account and the other keeps the old password")
	void clerkBranchSplit() {
		Customer customer = this.testCustomers.unified("Same1234");
		List<Account> accounts = this.testCustomers.accounts(customer);

		signInAs(CLERK);
		startProcess("臨櫃取消歸戶");
		type("身分證字號", customer.getCustomerId());
		submitStart();
		openTask("確認取消歸戶", customer, BackOfficeProcesses.BRANCH_SPLIT);
		tick("已核對身分證");
		tick("印鑑與原留印鑑相符");
		tick("確認取消歸戶 Confirm the split");
		complete();
		assertThat(endOf(customer, BackOfficeProcesses.BRANCH_SPLIT)).isEqualTo("End_Split");
		System.out.println("Tasklist submitted to the engine: "
				+ reached(instanceOf(customer, BackOfficeProcesses.BRANCH_SPLIT).getId()));

		HttpApiClient session = api();
		assertThat(session.login(customer.getCustomerId(), "Same1234").statusCode()).isEqualTo(200);
		assertThat((Boolean) JsonPath.read(session.get("/api/v1/me/accounts").body(), "$.unified")).isFalse();
		assertThat(session
			.post("/api/v1/me/accounts/" + accounts.get(0).getId() + "/password",
					"{\"oldPassword\":\"Same1234\",\"newPassword\":\"Apart1234\",\"confirmation\":\"Apart1234\"}")
			.statusCode()).isEqualTo(200);
		assertThat(api().login(customer.getCustomerId(), "Apart1234").statusCode()).isEqualTo(200);
		assertThat(api().login(customer.getCustomerId(), "Same1234").statusCode()).as("the futures account")
			.isEqualTo(200);
	}

	/**
	 * The clerk's whole branch reissue in Tasklist, ticking these accounts; returns the
	 * initial password of the SMS.
	 */
	private String branchReissue(Customer customer, List<Account> ticked) {
		int smsBefore = twilio.sent().size();
		signInAs(CLERK);
		startProcess("臨櫃密碼補發");
		type("身分證字號", customer.getCustomerId());
		type("備註", "ID card and seal checked");
		submitStart();

		openTask("選擇補發帳號並確認", customer, BackOfficeProcesses.BRANCH_REISSUE);
		for (Account account : ticked) {
			// the option's label, as LoadCustomerDelegate offers it
			tick(account.getBusinessLine().label() + " " + account.getBranchName() + " "
					+ account.getMaskedAccountNumber());
		}
		tick("已核對身分證");
		tick("印鑑與原留印鑑相符");
		complete();

		String instance = instanceOf(customer, BackOfficeProcesses.BRANCH_REISSUE).getId();
		System.out.println("Tasklist submitted to the engine: " + reached(instance));
		Job reset = this.management.createJobQuery().processInstanceId(instance).singleResult();
		this.management.executeJob(reset.getId());
		assertThat(endOf(customer, BackOfficeProcesses.BRANCH_REISSUE)).isEqualTo("End_PasswordReissued");

		List<LoggedRequest> sent = twilio.sent();
		assertThat(sent).hasSize(smsBefore + 1);
		Map<String, String> sms = Map.of("To", sent.get(sent.size() - 1).formParameters().get("To").firstValue(),
				"Body", sent.get(sent.size() - 1).formParameters().get("Body").firstValue());
		assertThat(sms.get("To")).isEqualTo("+886912345678");
		Matcher password = INITIAL_PASSWORD.matcher(sms.get("Body"));
		assertThat(password.find()).as("the initial password in the SMS").isTrue();
		return password.group();
	}

	// --- Tasklist as a person uses it

	private void signInAs(String user) {
		if (user.equals(this.signedIn)) {
			this.browser.get(base() + "/camunda/app/tasklist/default/");
			waiting(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a")));
			return;
		}
		CamundaWebapp.signIn(this.chromium, base() + "/camunda/app/tasklist/default/", user, PASSWORD,
				By.cssSelector(".start-process-action a"));
		this.signedIn = user;
	}

	/** "Start process", the process by its name, and wait for its start form. */
	private void startProcess(String name) {
		click(By.cssSelector(".start-process-action a"));
		click(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[contains(., '"
				+ name + "')]"));
		waiting(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-form")));
	}

	private void submitStart() {
		click(By.cssSelector("button[ng-click='startProcessInstance()']"));
		waiting(60).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
	}

	/**
	 * The task in the "All tasks" list whose form shows this customer, opened and
	 * claimed. The list may lag behind the start, so the page is reloaded, as a person
	 * would, until the task is there.
	 */
	private void openTask(String taskName, Customer customer, String process) {
		By entries = By.xpath("//*[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='"
				+ taskName + "']");
		waiting(120).until((driver) -> {
			HistoricProcessInstance latest = instanceOf(customer, process);
			assertThat(latest.getEndActivityId()).as("the process ended before its task").isNull();
			int count = waiting(60).until((d) -> {
				d.findElement(By.cssSelector(".tasks-list [cam-tasks] > div.ng-scope, .tasks-list ol.tasks"));
				return d.findElements(entries).size();
			});
			for (int i = 0; i < count; i++) {
				driver.findElements(entries).get(i).click();
				String shown = waiting(60).until((d) -> {
					String masked = value("身分證字號");
					return masked.isEmpty() ? null : masked;
				});
				if (shown.equals(customer.getMaskedCustomerId())) {
					return true;
				}
			}
			driver.navigate().refresh();
			return false;
		});
		click(By.cssSelector("button.claim"));
		waiting(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
	}

	private void complete() {
		click(By.cssSelector("button[ng-click='complete()']"));
		waiting(60)
			.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
	}

	/** The form-js field whose label starts with this text. */
	private WebElement field(String label) {
		return waiting(60).until((driver) -> {
			for (WebElement candidate : driver
				.findElements(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"))) {
				if (!candidate.isDisplayed()) {
					continue;
				}
				String target = candidate.getDomAttribute("for");
				if (target != null && !target.isEmpty()) {
					return driver.findElement(By.id(target));
				}
				List<WebElement> inside = candidate.findElements(By.tagName("input"));
				if (!inside.isEmpty()) {
					return inside.get(0);
				}
			}
			return null;
		});
	}

	private void type(String label, String text) {
		WebElement input = field(label);
		input.clear();
		input.sendKeys(text);
	}

	private void tick(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			press(box);
		}
		waiting(5).until((driver) -> field(label).isSelected());
	}

	private String value(String label) {
		return String.valueOf(field(label).getDomProperty("value"));
	}

	private void click(By element) {
		this.chromium.click(element);
	}

	private void press(WebElement element) {
		this.chromium.press(element);
	}

	private WebDriverWait waiting(int seconds) {
		return this.chromium.waiting(seconds);
	}

	// --- outcomes

	private HistoricProcessInstance instanceOf(Customer customer, String process) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(process)
			.variableValueEquals(BackOfficeProcesses.VAR_NATIONAL_ID, customer.getCustomerId())
			.orderByProcessInstanceStartTime()
			.desc()
			.list()
			.get(0);
	}

	/** The end event the customer's latest instance of this process reached. */
	private String endOf(Customer customer, String process) {
		String instance = instanceOf(customer, process).getId();
		return waiting(10).until((driver) -> {
			HistoricProcessInstance done = this.history.createHistoricProcessInstanceQuery()
				.processInstanceId(instance)
				.singleResult();
			return (done.getEndTime() != null) ? done.getEndActivityId() : null;
		});
	}

	/**
	 * The checklist and the flags as they reached the engine: type and serialized text.
	 */
	private String reached(String instance) {
		StringBuilder seen = new StringBuilder();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.disableCustomObjectDeserialization()
			.list()) {
			Object shown = (variable.getTypedValue() instanceof SerializableValue serialized)
					? serialized.getValueSerialized() : variable.getValue();
			seen.append(variable.getName())
				.append('=')
				.append(variable.getTypeName())
				.append(' ')
				.append(shown)
				.append("; ");
		}
		return seen.toString();
	}

	private HttpApiClient api() {
		return new HttpApiClient(base(), pki.sslContext());
	}

	private String base() {
		return "https://localhost:" + this.port;
	}

}
