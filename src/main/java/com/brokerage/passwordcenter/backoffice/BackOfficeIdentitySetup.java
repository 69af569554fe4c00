package com.brokerage.passwordcenter.backoffice;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;

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

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	BackOfficeIdentitySetup(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
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
		if (this.identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			this.identity.saveGroup(group);
		}
		grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(id, Resources.FILTER, "*", Permissions.READ);
		grant(id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
		for (String process : processes) {
			grant(id, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE,
					Permissions.READ_HISTORY);
		}
	}

	private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
		boolean present = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (present) {
			return;
		}
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permissions permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizations.saveAuthorization(authorization);
	}

}
