package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.common.EngineGroups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the back-office groups exist in every profile, may open Tasklist and start
 * their own processes. Users are made by an operator in Camunda Admin (or by the demo
 * profile); the operator account itself comes from {@code password-center.operator}.
 */
@Component
@Order(0)
class BackOfficeIdentitySetup implements ApplicationRunner {

	private final EngineGroups groups;

	BackOfficeIdentitySetup(EngineGroups groups) {
		this.groups = groups;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureGroup(BackOfficeGroups.CUSTOMER_SERVICE, "Customer service 客服中心", BackOfficeProcesses.PHONE_UNLOCK);
		ensureGroup(BackOfficeGroups.BRANCH_CLERK, "Branch clerks 分公司臨櫃", BackOfficeProcesses.BRANCH_REISSUE,
				BackOfficeProcesses.BRANCH_SPLIT);
	}

	/**
	 * The group, Tasklist, and starting its own processes only. Tasks are visible to it
	 * because the diagrams name it as candidate group (the engine grants that per task).
	 */
	private void ensureGroup(String id, String name, String... processes) {
		this.groups.ensure(id, name);
		this.groups.grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		this.groups.grant(id, Resources.FILTER, "*", Permissions.READ);
		this.groups.grant(id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
		for (String process : processes) {
			this.groups.grant(id, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE,
					Permissions.READ_HISTORY);
		}
	}

}
