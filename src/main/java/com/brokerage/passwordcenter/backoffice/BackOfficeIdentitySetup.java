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
 * Makes sure the back-office groups exist in every profile and may open Tasklist. Users
 * are made by an operator in Camunda Admin (or by the demo profile); the operator account
 * itself comes from {@code password-center.operator}.
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
		ensureGroup(BackOfficeGroups.CUSTOMER_SERVICE, "Customer service 客服中心");
		ensureGroup(BackOfficeGroups.BRANCH_CLERK, "Branch clerks 分公司臨櫃");
	}

	private void ensureGroup(String id, String name) {
		if (this.identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = this.identity.newGroup(id);
		group.setName(name);
		group.setType("WORKFLOW");
		this.identity.saveGroup(group);
		grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(id, Resources.FILTER, "*", Permissions.READ);
	}

	private void grant(String groupId, Resources resource, String resourceId, Permissions permission) {
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		this.authorizations.saveAuthorization(authorization);
	}

}
