package com.brokerage.passwordcenter.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.reissue.PasswordChangedNotifier;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.DefaultEngine;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * An analyst deploys a changed {@code bpmn/passcode.bpmn} through the engine REST API
 * (the timer {@code Timer_PasscodeExpired} PT2M instead of the configured PT5M) while
 * customers are mid-journey. The Java side starts every process by key, so new
 * applications take the new version; a running instance keeps the version it started on;
 * the call activity of the reissue binds the latest passcode version when it is reached.
 * Engine time moves by {@link ClockUtil}; timers are executed, never waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class DiagramVersioningTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final String ANALYST = "versioning-analyst";

	private static final String ANALYST_PASSWORD = "versioning-test";

	private static final String CONFIGURED_VALIDITY = "${passcodeTimers.validity}";

	private static final Duration ANALYST_VALIDITY = Duration.ofMinutes(2);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@MockitoBean
	PasscodeSender passcodeSender;

	@MockitoBean
	PasswordChangedNotifier changedNotifier;

	@DynamicPropertySource
	static void deviceCa(DynamicPropertyRegistry registry) {
		pki.registerAsDeviceCa(registry);
	}

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("an analyst's passcode version: running passcodes keep theirs, new calls and new applications take it")
	void runningInstancesKeepTheirVersion() throws IOException {
		Instant start = Instant.now();
		ProcessDefinition repoVersion = latestPasscode();

		// A: started before the deployment and already waiting for its passcode
		Application before = apply();
		before.chooseAccount();
		before.chooseSmsAndSend();
		// B: started before the deployment, still choosing the channel
		Application choosing = apply();
		choosing.chooseAccount();

		HttpResponse<String> deployed = analyst().deployAsModeler("passcode hot fix", "passcode.bpmn",
				passcodeWithValidity("PT2M"));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		ProcessDefinition analystVersion = latestPasscode();
		assertThat(analystVersion.getVersion()).isEqualTo(repoVersion.getVersion() + 1);
		assertThat(analystVersion.getDeploymentId()).isEqualTo(JsonPath.read(deployed.body(), "$.id"));

		// B reaches the call activity now: calledElement="passcode" binds the latest
		// version at call time, so B, though started before, runs the analyst's passcode
		choosing.chooseSmsAndSend();
		// C: started after the deployment
		Application after = apply();
		after.chooseAccount();
		after.chooseSmsAndSend();

		assertThat(before.passcodeDefinition()).isEqualTo(repoVersion.getId());
		assertThat(choosing.passcodeDefinition()).isEqualTo(analystVersion.getId());
		assertThat(after.passcodeDefinition()).isEqualTo(analystVersion.getId());
		assertThat(before.passcodeValidity()).isCloseTo(Duration.ofMinutes(5), Duration.ofSeconds(1));
		assertThat(choosing.passcodeValidity()).isCloseTo(ANALYST_VALIDITY, Duration.ofSeconds(1));
		assertThat(after.passcodeValidity()).isCloseTo(ANALYST_VALIDITY, Duration.ofSeconds(1));

		// engine time two minutes and a bit later: the new version's timers are due, the
		// old one's is not
		ClockUtil.setCurrentTime(Date.from(start.plus(ANALYST_VALIDITY).plusSeconds(30)));
		assertThat(before.passcodeTimerDue()).isFalse();
		assertThat(choosing.passcodeTimerDue()).isTrue();
		assertThat(after.passcodeTimerDue()).isTrue();
		after.firePasscodeTimer();
		assertThat(after.status()).isEqualTo("PASSCODE_EXPIRED");

		// A still completes its journey on the version it started with
		before.verifyPasscodeAndSetPassword("Brand1234");
		assertThat(before.status()).isEqualTo("COMPLETED");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(before.id)
			.processDefinitionId(repoVersion.getId())
			.singleResult()
			.getEndActivityId()).isEqualTo(PasscodeProcess.END_VERIFIED);
	}

	/**
	 * {@code bpmn/passcode.bpmn} as the analyst saved it in Modeler with another timer.
	 */
	private static String passcodeWithValidity(String duration) throws IOException {
		String repoFile = Files.readString(Path.of("bpmn/passcode.bpmn"), StandardCharsets.UTF_8);
		assertThat(repoFile).containsOnlyOnce(CONFIGURED_VALIDITY);
		return repoFile.replace(CONFIGURED_VALIDITY, duration);
	}

	private ProcessDefinition latestPasscode() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(PasscodeProcess.PROCESS_ID)
			.latestVersion()
			.singleResult();
	}

	private EngineRestClient analyst() {
		DefaultEngine.serve(this.engine);
		TestEngineUsers.ensure(this.identity, ANALYST, ANALYST_PASSWORD, ProcessAnalysts.GROUP);
		return new EngineRestClient("http://localhost:" + this.port, ANALYST, ANALYST_PASSWORD);
	}

	private Application apply() {
		Customer customer = this.testCustomers.unified("Forgot123");
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.get("/api/v1/reissues/info");
		MockHttpServletResponse started = device.post("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()));
		assertThat(started.getStatus()).isEqualTo(201);
		String body = content(started);
		assertThat((String) JsonPath.read(body, "$.path")).isEqualTo("WITH_CERTIFICATE");
		return new Application(device, JsonPath.read(body, "$.applicationId"),
				JsonPath.read(body, "$.accounts[0].accountId"));
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One customer's reissue with a device certificate, moved on through the API. */
	private final class Application {

		private final ApiClient device;

		private final String id;

		private final Integer accountId;

		private String passcode;

		Application(ApiClient device, String id, Integer accountId) {
			this.device = device;
			this.id = id;
			this.accountId = accountId;
		}

		void chooseAccount() {
			assertThat(this.device.post(path("/account"), "{\"accountId\":" + this.accountId + "}").getStatus())
				.isEqualTo(200);
		}

		void chooseSmsAndSend() {
			assertThat(this.device.post(path("/channel"), "{\"channel\":\"SMS\"}").getStatus()).isEqualTo(200);
			jobs().executeMessages(this.id);
			ArgumentCaptor<String> code = ArgumentCaptor.forClass(String.class);
			verify(DiagramVersioningTest.this.passcodeSender, atLeastOnce()).send(any(PasscodeRecipient.class),
					code.capture(), any(), any());
			this.passcode = code.getValue();
		}

		void verifyPasscodeAndSetPassword(String newPassword) {
			MockHttpServletResponse verified = this.device.post(path("/passcode"),
					"{\"passcode\":\"" + this.passcode + "\"}");
			assertThat(verified.getStatus()).isEqualTo(200);
			String initial = JsonPath.read(content(verified), "$.initialPassword");
			assertThat(this.device
				.post(path("/password"),
						"{\"initialPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(initial,
								newPassword, newPassword))
				.getStatus()).isEqualTo(200);
			jobs().executeMessages(this.id);
		}

		String status() {
			return JsonPath.read(content(this.device.get(path(""))), "$.status");
		}

		String passcodeDefinition() {
			return DiagramVersioningTest.this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(this.id)
				.processDefinitionKey(PasscodeProcess.PROCESS_ID)
				.singleResult()
				.getProcessDefinitionId();
		}

		Duration passcodeValidity() {
			Job timer = jobs().passcodeTimer(this.id);
			return Duration.between(timer.getCreateTime().toInstant(), timer.getDuedate().toInstant());
		}

		/** What the job executor would pick up now (engine time). */
		boolean passcodeTimerDue() {
			Job timer = jobs().passcodeTimer(this.id);
			List<Job> due = DiagramVersioningTest.this.management.createJobQuery()
				.jobId(timer.getId())
				.executable()
				.list();
			return !due.isEmpty();
		}

		void firePasscodeTimer() {
			jobs().execute(jobs().passcodeTimer(this.id));
		}

		private String path(String step) {
			return "/api/v1/reissues/" + this.id + step;
		}

		private ApplicationJobs jobs() {
			return new ApplicationJobs(DiagramVersioningTest.this.runtime, DiagramVersioningTest.this.management);
		}

	}

}
