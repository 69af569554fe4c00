package com.brokerage.passwordcenter.modeling;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

import org.springframework.stereotype.Component;

/**
 * The engine grants whoever deploys READ and DELETE on the new deployment. DELETE with
 * {@code cascade=true} would also delete the running customer applications of that
 * version, so the deployer keeps READ only; operators (camunda-admin) still delete.
 */
@Component
class DeployersMayNotDelete extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new ReadOnlyForDeployer());
	}

	static final class ReadOnlyForDeployer extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newDeployment(Deployment deployment) {
			AuthorizationEntity[] granted = super.newDeployment(deployment);
			if (granted != null) {
				for (AuthorizationEntity authorization : granted) {
					authorization.removePermission(Permissions.DELETE);
				}
			}
			return granted;
		}

	}

}
