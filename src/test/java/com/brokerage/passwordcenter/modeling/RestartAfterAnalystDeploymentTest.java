package com.brokerage.passwordcenter.modeling;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.support.EngineRestClient;
import com.brokerage.passwordcenter.support.TestEngineUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the app does at its next start after an analyst deployed from Modeler. The starter
 * deploys {@code bpmn/} and {@code forms/} as one deployment named
 * {@code SpringAutoDeployment} with duplicate filtering, comparing each file with the
 * latest file of that name in earlier deployments <em>of that name</em>: a Modeler
 * deployment (another name, source "Camunda Modeler") is not compared. So an unchanged
 * repo deploys nothing and the analyst's version stays the latest; a release whose set of
 * files differs in any one (changed or added) redeploys every file, and the repo's
 * version is the latest again. Three starts of the app on one database.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartAfterAnalystDeploymentTest {

	private static final String REPO_TIMER = "${passcodeTimers.validity}";

	private static final String AUTO_DEPLOYMENT = "SpringAutoDeployment";

	private static final String ENGINE = "restart";

	private final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID()
			+ ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";

	@Test
	@DisplayName("a restart keeps the analyst's version (and warns); the next release that changes bpmn/ or forms/ makes the repo's latest again")
	void restartAfterModelerDeployment(CapturedOutput output) throws IOException {
		ProcessDefinition repoVersion;
		ProcessDefinition analystVersion;
		try (ConfigurableApplicationContext app = start()) {
			repoVersion = latestPasscode(app);
			HttpResponse<String> deployed = analyst(app).deployAsModeler("passcode hot fix", "passcode.bpmn",
					repoPasscode().replace(REPO_TIMER, "PT2M"));
			assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
			analystVersion = latestPasscode(app);
			assertThat(analystVersion.getVersion()).isEqualTo(repoVersion.getVersion() + 1);
		}

		try (ConfigurableApplicationContext app = start()) {
			// unchanged bpmn/ and forms/: nothing deployed, the analyst's version stays
			assertThat(autoDeployments(app)).isEqualTo(1);
			assertThat(latestPasscode(app).getId()).isEqualTo(analystVersion.getId());
			assertThat(timerOf(app, latestPasscode(app))).isEqualTo("PT2M");
			// and the log says so, for the operator who restarted it
			assertThat(output.getOut()).contains("process 'passcode' runs version " + analystVersion.getVersion()
					+ ", deployed as 'passcode hot fix' from Camunda Modeler by restart-analyst");

			// the undo: the analyst deploys the repo's file again; the log is quiet about
			// it
			assertThat(analyst(app).deployAsModeler("passcode undo", "passcode.bpmn", repoPasscode()).statusCode())
				.isEqualTo(200);
			assertThat(timerOf(app, latestPasscode(app))).isEqualTo(REPO_TIMER);
			int logBeforeCheck = output.getOut().length();
			app.getBean(DiagramsNotFromRepoWarning.class).run(null);
			assertThat(output.getOut().substring(logBeforeCheck)).doesNotContain("process 'passcode'");
		}
		int logBeforeRelease = output.getOut().length();

		// application.yml's patterns and a diagram the next release adds
		try (ConfigurableApplicationContext app = start("classpath*:bpmn/**/*.bpmn", "classpath*:forms/**/*.form",
				"classpath*:modeling/next-release.bpmn")) {
			// one file more in the set: every file is deployed again, the repo's wins
			assertThat(autoDeployments(app)).isEqualTo(2);
			ProcessDefinition latest = latestPasscode(app);
			assertThat(latest.getVersion()).isEqualTo(analystVersion.getVersion() + 2);
			assertThat(timerOf(app, latest)).isEqualTo(REPO_TIMER);
			assertThat(app.getBean(RepositoryService.class)
				.createProcessDefinitionQuery()
				.processDefinitionKey("unlock")
				.latestVersion()
				.singleResult()
				.getVersion()).as("an unchanged diagram gets a new version too").isEqualTo(2);
		}
	}

	private ConfigurableApplicationContext start(String... resourcePatterns) {
		// an engine name of its own and no webapps: closing these apps must not take the
		// engine
		// REST's "default" engine or Cockpit's static set-up from the other test contexts
		// of this JVM
		List<String> arguments = new ArrayList<>(
				List.of("--spring.profiles.active=test", "--server.port=0", "--spring.datasource.url=" + this.database,
						"--camunda.bpm.process-engine-name=" + ENGINE, "--camunda.bpm.webapp.enabled=false"));
		for (int i = 0; i < resourcePatterns.length; i++) {
			arguments.add("--camunda.bpm.deployment-resource-pattern[" + i + "]=" + resourcePatterns[i]);
		}
		return new SpringApplicationBuilder(PasswordCenterApplication.class).run(arguments.toArray(String[]::new));
	}

	private static EngineRestClient analyst(ConfigurableApplicationContext app) {
		TestEngineUsers.ensure(app.getBean(IdentityService.class), "restart-analyst", "restart-test",
				ProcessAnalysts.GROUP);
		return new EngineRestClient("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort(),
				ENGINE, "restart-analyst", "restart-test");
	}

	private static ProcessDefinition latestPasscode(ConfigurableApplicationContext app) {
		return app.getBean(RepositoryService.class)
			.createProcessDefinitionQuery()
			.processDefinitionKey(PasscodeProcess.PROCESS_ID)
			.latestVersion()
			.singleResult();
	}

	private static long autoDeployments(ConfigurableApplicationContext app) {
		return app.getBean(RepositoryService.class).createDeploymentQuery().deploymentName(AUTO_DEPLOYMENT).count();
	}

	private static String timerOf(ConfigurableApplicationContext app, ProcessDefinition definition) {
		BoundaryEvent timer = app.getBean(RepositoryService.class)
			.getBpmnModelInstance(definition.getId())
			.getModelElementById(PasscodeProcess.TIMER_EXPIRED);
		return ((TimerEventDefinition) timer.getEventDefinitions().iterator().next()).getTimeDuration()
			.getTextContent();
	}

	private static String repoPasscode() throws IOException {
		return Files.readString(Path.of("bpmn/passcode.bpmn"), StandardCharsets.UTF_8);
	}

}
