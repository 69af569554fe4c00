package com.brokerage.passwordcenter.policy;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

import org.springframework.stereotype.Component;

/**
 * Tells {@link DeployedTables} that a deployment holding a {@code .dmn} committed on this
 * node, so the next evaluation already uses the new version (after the commit: a refused
 * or rolled-back deployment changes nothing).
 */
@Component
class RefreshOnDeployment extends AbstractProcessEnginePlugin {

	private final TableChanges changes;

	RefreshOnDeployment(TableChanges changes) {
		this.changes = changes;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostDeployers() == null) {
			configuration.setCustomPostDeployers(new ArrayList<>());
		}
		configuration.getCustomPostDeployers().add(this::deployed);
	}

	private void deployed(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null
				|| deployment.getResources().keySet().stream().noneMatch((name) -> name.endsWith(".dmn"))) {
			return;
		}
		Context.getCommandContext()
			.getTransactionContext()
			.addTransactionListener(TransactionState.COMMITTED, (context) -> this.changes.deployed());
	}

}
