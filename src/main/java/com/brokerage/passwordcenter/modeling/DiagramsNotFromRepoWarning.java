package com.brokerage.passwordcenter.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

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
 * After start-up, names every process whose latest version is not the repo's diagram: one
 * deployed from elsewhere (Camunda Modeler) that differs from what the starter deployed
 * from {@code bpmn/}. A restart keeps such a version (the starter compares only with its
 * own earlier deployments); the next release that changes {@code bpmn/} or {@code forms/}
 * replaces it. docs/modeling.md, "After a restart".
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
			Deployment deployment = deployment(latest);
			if (this.autoDeploymentName.equals(deployment.getName())) {
				continue;
			}
			Optional<ProcessDefinition> fromRepo = latestFromRepo(latest.getKey());
			if (fromRepo.isPresent() && sameDiagram(latest, fromRepo.get())) {
				// the repo's file deployed again from Modeler, e.g. to undo a hot fix
				continue;
			}
			log.warn("process '{}' runs version {}, deployed as '{}' from {} by {} at {}, {}: commit the diagram to "
					+ "bpmn/, or the next release that changes bpmn/ or forms/ deploys the repo's version over it",
					latest.getKey(), latest.getVersion(), deployment.getName(), deployment.getSource(),
					deployer(deployment), deployment.getDeploymentTime().toInstant(),
					fromRepo.map((repo) -> "which differs from the repo's bpmn/ (version " + repo.getVersion() + ")")
						.orElse("which is not in the repo's bpmn/"));
		}
	}

	private Deployment deployment(ProcessDefinition definition) {
		return this.repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
	}

	private Optional<ProcessDefinition> latestFromRepo(String key) {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.orderByProcessDefinitionVersion()
			.desc()
			.list()
			.stream()
			.filter((definition) -> this.autoDeploymentName.equals(deployment(definition).getName()))
			.findFirst();
	}

	private boolean sameDiagram(ProcessDefinition one, ProcessDefinition other) {
		return Arrays.equals(xml(one), xml(other));
	}

	private byte[] xml(ProcessDefinition definition) {
		try (InputStream model = this.repository.getProcessModel(definition.getId())) {
			return model.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
