package com.brokerage.passwordcenter.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.certificate.TestServerTls;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.reissue.ReissueJourneys;
import com.brokerage.passwordcenter.support.CamundaWebapp;
import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.HeadlessChromium;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * The journey analytics plugin in the real Cockpit, in headless Chromium over HTTPS: the
 * operator signs in, opens 旅程分析 from Cockpit's header and reads the {@link KnownMix} (2
 * completed, 3 links expired, 2 passcodes voided, 1 waiting, 1 incident — 9 started). The
 * expected numbers are the mix's, written out here; only the step times (real durations)
 * are compared with what the analytics compute. With {@code -Dscreenshots=true} the
 * plugin is saved into {@code docs/screenshots/operations/}.
 */
@ExtendWith(HeadlessChromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestCustomers.class, ReissueJourneys.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitAnalyticsBrowserTest {

	private static final String OPERATOR = "operator";

	private static final String OPERATOR_PASSWORD = "operator-test";

	private static final String SCREENSHOTS = "operations";

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestServerTls tls = TestServerTls.write(pki, "cockpit-browser");

	private static final KnownMix mix = new KnownMix();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestCustomers customers;

	@Autowired
	ReissueJourneys reissues;

	@Autowired
	JourneyAnalytics analytics;

	@Autowired
	Clock clock;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestServerTls.register(registry, tls.propertiesWithoutClientCertificates());
		mix.register(registry);
	}

	/** The mix, then the operator in Cockpit opens the plugin from the header. */
	@BeforeAll
	void openPlugin() throws Exception {
		mix.drive(this.reissues, this.customers);
		DefaultEngine.serve(this.engine);
		CamundaWebapp.warmUp(new HttpApiClient(base(), pki.sslContext()));
		this.chromium = HeadlessChromium.start();
		this.browser = this.chromium.driver();
		this.chromium.resize(1280, 1000);
		try {
			CamundaWebapp.signIn(this.chromium, base() + "/camunda/app/cockpit/default/", OPERATOR, OPERATOR_PASSWORD,
					By.id("pc-analytics-link"));
			this.chromium.click(By.id("pc-analytics-link"));
			loaded();
		}
		finally {
			this.chromium.dump("cockpit-openPlugin");
		}
	}

	@AfterEach
	void dumpPage(TestInfo test) {
		this.chromium.dump("cockpit-" + test.getTestMethod().orElseThrow().getName());
	}

	@AfterAll
	void stop() {
		if (this.chromium != null) {
			this.chromium.close();
		}
		mix.stop();
	}

	@Test
	@Order(1)
	@DisplayName("funnel: the last seven days of the brokerage's zone; 9 started, how each ended with its %, "
			+ "the steps reached, the charts drawn from the same numbers")
	void funnel() {
		LocalDate today = LocalDate.now(this.clock);
		assertThat(value(By.id("pc-from"))).isEqualTo(today.minusDays(6).toString());
		assertThat(value(By.id("pc-to"))).isEqualTo(today.toString());
		assertThat(new Select(this.browser.findElement(By.id("pc-journey"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo(KnownMix.JOURNEY);

		assertThat(text(By.cssSelector("[data-started]"))).isEqualTo("9");
		assertThat(text(By.cssSelector("[data-running]"))).isEqualTo("2");
		assertThat(text(By.cssSelector("[data-with-incident]"))).isEqualTo("1");
		assertThat(text(By.cssSelector("[data-open-incidents]"))).isEqualTo("1");

		// outcome: name, end event, count, %
		assertThat(rows("#pc-outcomes tr[data-outcome]", "data-outcome")).containsOnly(
				entry("COMPLETED:End_LinkExpired", List.of("連結逾時，申請結束", "End_LinkExpired", "3", "33.3")),
				entry("COMPLETED:End_PasswordReissued", List.of("密碼補發完成", "End_PasswordReissued", "2", "22.2")),
				entry("COMPLETED:End_PasscodeVoided", List.of("通行碼錯誤過多，申請結束", "End_PasscodeVoided", "2", "22.2")),
				entry("RUNNING", List.of("RUNNING", "", "2", "22.2")));

		// step: diagram, reached, % of started (the first cell is the step's name in the
		// diagram)
		Map<String, List<String>> steps = new LinkedHashMap<>();
		rows("#pc-steps tr[data-step]", "data-step").forEach((step, cells) -> {
			assertThat(cells.get(0)).as("the name of " + step).isNotBlank();
			steps.put(step, cells.subList(1, cells.size()));
		});
		assertThat(steps).containsEntry(KnownMix.JOURNEY + "/Task_CheckContactsOnFile", reached(9, "100"))
			.containsEntry(KnownMix.JOURNEY + "/Task_ChooseAccount", reached(9, "100"))
			// the incident's mail never went: a failed try leaves no history
			.containsEntry(KnownMix.JOURNEY + "/Task_SendLinkEmail", reached(8, "88.9"))
			.containsEntry(KnownMix.JOURNEY + "/Timer_LinkExpired", reached(3, "33.3"))
			.containsEntry(KnownMix.JOURNEY + "/Task_RequestPasscode", reached(4, "44.4"))
			.containsEntry(KnownMix.JOURNEY + "/Task_SetNewPassword", reached(2, "22.2"));
		assertThat(steps).containsEntry("passcode/Task_SendPasscode", List.of("passcode", "4", "44.4"));

		waitForCharts();
		assertThat(chartData("pc-outcomes-chart")).containsExactly(33.3, 22.2, 22.2, 22.2);
		assertThat(chartData("pc-steps-chart")).hasSize(steps.size()).contains(9.0, 8.0, 4.0, 3.0, 2.0);
		assertThat(chartData("pc-days-chart").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(9.0);
	}

	@Test
	@Order(2)
	@DisplayName("step times: one row per step and diagram version, the counts of the mix, p50 / p90 / max as "
			+ "the analytics compute them")
	void stepTimes() {
		LocalDate today = LocalDate.now(this.clock);
		List<StepTime> expected = this.analytics.stepTimes(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(6),
				today);
		@SuppressWarnings("unchecked")
		List<List<Object>> shown = (List<List<Object>>) js().executeScript("""
				return Array.from(document.querySelectorAll('#pc-step-times tr[data-step-time]')).map((tr) => [
				  tr.getAttribute('data-step-time'), tr.querySelector('.count').textContent,
				  Number(tr.querySelector('.p50').dataset.ms), Number(tr.querySelector('.p90').dataset.ms),
				  Number(tr.querySelector('.max').dataset.ms), tr.querySelector('.p50').textContent,
				  tr.querySelector('.max').textContent]);""");

		assertThat(shown).extracting((row) -> row.get(0))
			.containsExactlyElementsOf(expected.stream()
				.map((time) -> time.journeyVersion() + "/" + time.process() + "/" + time.activityId())
				.toList());
		Map<String, String> counts = new LinkedHashMap<>();
		for (int i = 0; i < shown.size(); i++) {
			List<Object> row = shown.get(i);
			StepTime time = expected.get(i);
			counts.put((String) row.get(0), (String) row.get(1));
			assertThat(row.subList(1, 5)).as(time.activityId())
				.containsExactly(String.valueOf(time.count()), time.p50Millis(), time.p90Millis(), time.maxMillis());
			assertSeconds((String) row.get(5), time.p50Millis());
			assertSeconds((String) row.get(6), time.maxMillis());
			assertThat(time.p50Millis()).isBetween(0L, time.p90Millis());
			assertThat(time.p90Millis()).isLessThanOrEqualTo(time.maxMillis());
		}
		// finished steps only: the waiting link and the failing mail are not counted
		String v1 = "1/" + KnownMix.JOURNEY + "/";
		assertThat(counts).containsEntry(v1 + "Task_ChooseAccount", "9")
			.containsEntry(v1 + "Task_SendLinkEmail", "8")
			.containsEntry(v1 + "Task_RequestPasscode", "4")
			.containsEntry(v1 + "Task_SetNewPassword", "2");
	}

	@Test
	@Order(3)
	@DisplayName("stuck now: past the default 30 minutes only the open incident, masked, with its message; with "
			+ "0 minutes also the fresh wait for the link")
	void stuck() {
		String incidentCustomer = Masking.customerId(mix.stuckOnIncident().getCustomerId());
		Map<String, List<String>> rows = rows("#pc-stuck tr[data-stuck]", "data-stuck");
		assertThat(rows).containsOnlyKeys(mix.stuckApplication());
		List<String> incident = rows.get(mix.stuckApplication());
		assertThat(incident.get(0)).isEqualTo(KnownMix.JOURNEY);
		assertThat(incident.get(1)).isEqualTo(incidentCustomer).doesNotContain(mix.stuckOnIncident().getCustomerId());
		assertThat(incident.get(2)).as("the step's name in the diagram").isEqualTo("寄送驗證連結信");
		assertThat(attribute("#pc-stuck tr.danger td.step", "data-activity")).isEqualTo("Task_SendLinkEmail");
		assertThat(incident.get(5)).as("the incident's message").isNotBlank();

		WebElement olderThan = this.browser.findElement(By.id("pc-older-than"));
		olderThan.sendKeys("0");
		show();
		rows = rows("#pc-stuck tr[data-stuck]", "data-stuck");
		assertThat(rows).hasSize(2).containsKey(mix.stuckApplication());
		assertThat(rows.values()).extracting((row) -> row.get(1))
			.containsExactlyInAnyOrder(incidentCustomer, Masking.customerId(mix.waiting().getCustomerId()));
		assertThat(this.browser.findElements(By.cssSelector("#pc-stuck tr.danger"))).hasSize(1);
	}

	@Test
	@Order(4)
	@DisplayName("the period: yesterday alone holds none of today's mix")
	void yesterday() {
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		js().executeScript("document.getElementById('pc-from').value = arguments[0];"
				+ "document.getElementById('pc-to').value = arguments[0];", yesterday);
		show();

		assertThat(value(By.id("pc-from"))).isEqualTo(yesterday);
		assertThat(text(By.cssSelector("[data-started]"))).isEqualTo("0");
		assertThat(this.browser.findElements(By.cssSelector("#pc-outcomes tr[data-outcome]"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#pc-step-times tr[data-step-time]"))).isEmpty();
	}

	@Test
	@Order(5)
	@DisplayName("the incident's Cockpit link opens its process instance in Cockpit")
	void cockpitLink() {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(mix.stuckApplication())
			.processDefinitionKey(KnownMix.JOURNEY)
			.singleResult()
			.getId();
		this.chromium.click(By.cssSelector("#pc-stuck tr.danger a"));

		this.chromium.waiting(60).until(ExpectedConditions.urlContains("#/process-instance/" + instance));
		this.chromium.waiting(60)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), mix.stuckApplication()));
	}

	/**
	 * Back from the instance through the header link, and with {@code -Dscreenshots=true}
	 * the pictures of docs/screenshots/operations/: the last seven days, stuck after 0
	 * minutes (the wait and the incident). Last, since resizing the window for them
	 * leaves headless Chromium's clicks unreliable.
	 */
	@Test
	@Order(6)
	@DisplayName("the header link opens the plugin from any Cockpit page")
	void backThroughHeaderLink() {
		this.chromium.click(By.id("pc-analytics-link"));
		loaded();
		assertThat(value(By.id("pc-to"))).isEqualTo(LocalDate.now(this.clock).toString());
		assertThat(text(By.cssSelector("[data-started]"))).isEqualTo("9");
		if (!HeadlessChromium.SCREENSHOTS) {
			return;
		}
		this.browser.findElement(By.id("pc-older-than")).sendKeys("0");
		show();
		waitForCharts();
		shot("cockpit-funnel", "pc-section-funnel");
		shot("cockpit-step-times", "pc-section-times");
		shot("cockpit-stuck", "pc-section-stuck");
		shot("cockpit-journeys", null);
	}

	// --- the plugin's page

	private void show() {
		this.chromium.click(By.id("pc-show"));
		loaded();
	}

	/**
	 * The plugin's three calls answered and drawn, or its error shown (which fails the
	 * test).
	 */
	private void loaded() {
		this.chromium.waiting(60)
			.until(ExpectedConditions.or(
					ExpectedConditions.presenceOfElementLocated(
							By.cssSelector("#pc-analytics[data-loaded='" + KnownMix.JOURNEY + "']")),
					ExpectedConditions.textMatches(By.id("pc-error"), java.util.regex.Pattern.compile("\\S"))));
		String error = text(By.id("pc-error"));
		assertThat(error).isEmpty();
	}

	private void waitForCharts() {
		this.chromium.waiting(30)
			.until((driver) -> js().executeScript("return !!window.Chart && ['pc-outcomes-chart', 'pc-steps-chart',"
					+ " 'pc-days-chart'].every((id) => Chart.getChart(id));"));
	}

	/**
	 * With {@code -Dscreenshots=true}: a section of the plugin (the whole window when
	 * {@code null}) as docs/screenshots/operations/{name}.png, the window made tall
	 * enough for the whole plugin page first (it scrolls inside Cockpit's main area).
	 */
	private void shot(String name, String section) {
		if (!HeadlessChromium.SCREENSHOTS) {
			return;
		}
		Dimension before = this.browser.manage().window().getSize();
		Number content = (Number) js().executeScript("return document.getElementById('pc-analytics').scrollHeight;");
		// Cockpit's header (and its notice bar) above the main area, its footer below
		this.chromium.resize(before.getWidth(), content.intValue() + 65 + 24 + 120);
		try {
			// the charts redraw for the new size in the next frames
			js().executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
			this.chromium.screenshot(SCREENSHOTS, name, (section != null) ? By.id(section) : null);
		}
		finally {
			this.browser.manage().window().setSize(before);
		}
	}

	@SuppressWarnings("unchecked")
	private List<Double> chartData(String canvas) {
		List<Number> data = (List<Number>) js()
			.executeScript("return Chart.getChart(arguments[0]).data.datasets[0].data;", canvas);
		return data.stream().map(Number::doubleValue).toList();
	}

	/** Each table row by its data-* key: the texts of its cells. */
	@SuppressWarnings("unchecked")
	private Map<String, List<String>> rows(String selector, String key) {
		List<List<String>> rows = (List<List<String>>) js().executeScript("""
				return Array.from(document.querySelectorAll(arguments[0])).map((tr) =>
				  [tr.getAttribute(arguments[1])].concat(Array.from(tr.cells).map((td) => td.textContent.trim())));""",
				selector, key);
		Map<String, List<String>> byKey = new LinkedHashMap<>();
		rows.forEach((row) -> byKey.put(row.get(0), row.subList(1, row.size())));
		assertThat(byKey).as("one row per key").hasSize(rows.size());
		return byKey;
	}

	private static List<String> reached(long count, String percent) {
		return List.of(KnownMix.JOURNEY, String.valueOf(count), percent);
	}

	/**
	 * The plugin writes a time in seconds, two decimals below ten seconds, whole above.
	 */
	private static void assertSeconds(String shown, long millis) {
		assertThat(shown).matches((millis < 10_000) ? "\\d\\.\\d\\d s" : "\\d+ s");
		double seconds = Double.parseDouble(shown.substring(0, shown.length() - 2));
		assertThat(seconds).isCloseTo(millis / 1000.0, within(0.5001));
		if (millis < 10_000) {
			assertThat(seconds).isCloseTo(millis / 1000.0, within(0.0051));
		}
	}

	private String text(By element) {
		return this.browser.findElement(element).getText().trim();
	}

	private String value(By element) {
		return String.valueOf(this.browser.findElement(element).getDomProperty("value"));
	}

	private String attribute(String selector, String name) {
		return this.browser.findElement(By.cssSelector(selector)).getDomAttribute(name);
	}

	private JavascriptExecutor js() {
		return this.browser;
	}

	private String base() {
		return "https://localhost:" + this.port;
	}

}
