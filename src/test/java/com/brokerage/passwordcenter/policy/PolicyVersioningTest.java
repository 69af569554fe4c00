package com.brokerage.passwordcenter.policy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeService;
import com.brokerage.passwordcenter.passcode.PasscodeStatus;
import com.brokerage.passwordcenter.reissue.ReissueJourneys;
import com.brokerage.passwordcenter.reissue.ReissueProcess;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a running reissue sees when an analyst deploys a new passcode table
 * (docs/decisions.md, "Policy as DMN", versioning): the passcode already sent keeps the
 * rules it was sent with, the next one gets the new table. And what the decision history
 * keeps of a reissue: which table versions decided, with facts as inputs — no secret, no
 * ID, no contact.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestCustomers.class, ReissueJourneys.class })
class PolicyVersioningTest {

	static final GreenMail greenMail = TestMail.start();

	static FakeTwilio twilio = new FakeTwilio().start();

	@DynamicPropertySource
	static void outsideServices(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
	}

	@AfterAll
	static void stopServers() {
		twilio.stop();
		greenMail.stop();
	}

	@Autowired
	ReissueJourneys journeys;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	PasscodeService passcodes;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@BeforeEach
	void reset() {
		twilio.accept();
		twilio.forgetSent();
	}

	@AfterEach
	void restore() {
		PolicyEdits.restore(this.repository, PolicyTable.PASSCODE);
	}

	@Test
	@DisplayName("R-REISSUE-7: a passcode already sent keeps its validity, attempts and countdown after a new table; the next passcode uses the new table")
	void sentPasscodeKeepsItsRules() throws Exception {
		String first = passcodeSent(this.testCustomers.unified("Versions1"));
		PasscodeStatus before = this.passcodes.status(first).orElseThrow();
		assertThat(before.attemptsLeft()).isEqualTo(5);

		PolicyEdits.deployText(this.repository, PolicyTable.PASSCODE,
				PolicyEdits.shipped(PolicyTable.PASSCODE)
					.replace("<text>\"PT5M\"</text>", "<text>\"PT2M\"</text>")
					.replace("<text>5</text>", "<text>3</text>")
					.replace("<text>\"PT120S\"</text>", "<text>\"PT60S\"</text>"));

		// the sent one: its stored expiry, its five attempts, its countdown, its timer
		PasscodeStatus after = this.passcodes.status(first).orElseThrow();
		assertThat(after.secondsUntilExpiry()).isGreaterThan(Duration.ofMinutes(4).toSeconds());
		assertThat(after.secondsUntilResend()).isGreaterThan(60);
		assertThat(this.passcodes.check(first, wrongFor(twilio.lastPasscode())).attemptsLeft()).isEqualTo(4);
		assertThat(timerAfterSend(first)).isBetween(Duration.ofMinutes(5).minusSeconds(5), Duration.ofMinutes(5));

		// the next application's passcode: the new table, in the SMS text too
		String second = passcodeSent(this.testCustomers.unified("Versions2"));
		PasscodeStatus next = this.passcodes.status(second).orElseThrow();
		assertThat(next.secondsUntilExpiry()).isBetween(110L, 120L);
		assertThat(next.secondsUntilResend()).isBetween(50L, 60L);
		assertThat(next.attemptsLeft()).isEqualTo(3);
		assertThat(lastSmsText()).contains("2分鐘");
		assertThat(timerAfterSend(second)).isBetween(Duration.ofMinutes(2).minusSeconds(5), Duration.ofMinutes(2));
	}

	@Test
	@DisplayName("R-PWD-5: a reissue's decisions are in the decision history, tied to it, with facts as inputs: no secret, no ID, no contact")
	void decisionHistoryOfAReissue() throws Exception {
		Customer customer = this.testCustomers.unified("History12");
		String id = passcodeSent(customer);
		String code = twilio.lastPasscode();
		String reissue = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey(ReissueProcess.WITHOUT_CERTIFICATE)
			.singleResult()
			.getId();

		String passcode = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey(PasscodeProcess.PROCESS_ID)
			.singleResult()
			.getId();
		List<HistoricDecisionInstance> decisions = new java.util.ArrayList<>();
		for (String instance : List.of(reissue, passcode)) {
			decisions.addAll(this.history.createHistoricDecisionInstanceQuery()
				.processInstanceId(instance)
				.includeInputs()
				.includeOutputs()
				.list());
		}
		assertThat(decisions).extracting(HistoricDecisionInstance::getDecisionDefinitionKey)
			.contains(PolicyTable.PASSCODE_CHANNELS.key(), PolicyTable.PASSCODE.key());
		assertThat(decisions).allSatisfy((decision) -> assertThat(decision.getProcessInstanceId()).isNotNull());
		Set<String> lines = Set.of(BusinessLine.SECURITIES.name(), BusinessLine.FUTURES.name(),
				BusinessLine.SUB_BROKERAGE.name(), BusinessLine.WEALTH_MANAGEMENT.name(),
				BusinessLine.STOCK_AFFAIRS.name());
		for (HistoricDecisionInstance decision : decisions) {
			for (HistoricDecisionInputInstance input : decision.getInputs()) {
				Object value = input.getValue();
				assertThat(value instanceof Boolean || lines.contains(value))
					.as("%s = %s", input.getClauseName(), value)
					.isTrue();
			}
			String said = decision.getInputs().toString() + decision.getOutputs().toString();
			assertThat(said).doesNotContain(customer.getCustomerId(), customer.getCustomerId().substring(1), code,
					customer.getMobile(), customer.getEmail());
		}
	}

	private String passcodeSent(Customer customer) throws Exception {
		String id = this.journeys.start(customer);
		Account securities = this.testCustomers.accounts(customer)
			.stream()
			.filter((account) -> account.getBusinessLine() == BusinessLine.SECURITIES)
			.findFirst()
			.orElseThrow();
		this.journeys.chooseAccount(id, securities.getId());
		String token = this.journeys.mailLink(id, greenMail);
		this.journeys.openLinkAndSendPasscode(id, token, twilio);
		return id;
	}

	/** How long after now the passcode timer of this application is due. */
	private Duration timerAfterSend(String applicationId) {
		Job timer = new ApplicationJobs(this.runtime, this.management).passcodeTimer(applicationId);
		return Duration.between(java.time.Instant.now(), timer.getDuedate().toInstant());
	}

	private static String wrongFor(String code) {
		return code.equals("0000000") ? "1111111" : "0000000";
	}

	private static String lastSmsText() {
		var sent = twilio.sent();
		return sent.get(sent.size() - 1).formParameters().get("Body").firstValue();
	}

}
