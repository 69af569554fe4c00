package com.brokerage.passwordcenter.modeling;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * After start-up, names every process whose latest version was not deployed from the
 * repo's {@code bpmn/} (the starter's auto-deployment) but e.g. from Camunda Modeler. A
 * restart keeps such a version (the starter compares only with its own earlier
 * deployments); the next release that changes {@code bpmn/} or {@code forms/} replaces
 * it. docs/modeling.md, "After a restart".
 */
@Component
class DiagramsNotFromRepoWarning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DiagramsNotFromRepoWarning.class);

	private final RepositoryService repository;

	private final HistoryService history;

	private final String autoDeploymentName;

	DiagramsNotFromRepoWarning(RepositoryService repository, HistoryService history,
			ProcessEngineConfigurationImpl configuration) {
		this.repository = repository;
		this.history = history;
		this.autoDeploymentName = (configuration instanceof SpringProcessEngineConfiguration spring)
				? spring.getDeploymentName() : "SpringAutoDeployment";
	}

	@Override
	public void run(ApplicationArguments args) {
		for (ProcessDefinition latest : this.repository.createProcessDefinitionQuery().latestVersion().list()) {
			Deployment deployment = this.repository.createDeploymentQuery()
				.deploymentId(latest.getDeploymentId())
				.singleResult();
			if (deployment != null && !this.autoDeploymentName.equals(deployment.getName())) {
				log.warn(
						"process '{}' runs version {}, deployed as '{}' from {} by {} at {}, not from the repo's bpmn/: "
								+ "commit the diagram to bpmn/, or the next release that changes bpmn/ or forms/ "
								+ "deploys the repo's version over it",
						latest.getKey(), latest.getVersion(), deployment.getName(), deployment.getSource(),
						deployer(deployment), deployment.getDeploymentTime().toInstant());
			}
		}
	}

	/** From the engine's user operation log (kept with history level full). */
	private String deployer(Deployment deployment) {
		return this.history.createUserOperationLogQuery()
			.deploymentId(deployment.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
			.list()
			.stream()
			.map(UserOperationLogEntry::getUserId)
			.filter((user) -> user != null)
			.findFirst()
			.orElse("an unknown user");
	}

}
