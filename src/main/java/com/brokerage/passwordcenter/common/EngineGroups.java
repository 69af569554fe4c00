package com.brokerage.passwordcenter.common;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.stereotype.Component;

/**
 * Engine groups and their grants, made at start-up in every profile. Idempotent: an
 * existing group is kept; an existing grant gains the permissions it lacks (a release may
 * add one) and keeps the ones an operator added in Camunda Admin.
 */
@Component
public class EngineGroups {

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	EngineGroups(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
	}

	public void ensure(String id, String name) {
		if (this.identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = this.identity.newGroup(id);
		group.setName(name);
		group.setType("WORKFLOW");
		this.identity.saveGroup(group);
	}

	public void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
		Authorization authorization = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (grantsAll(authorization, permissions)) {
			return;
		}
		for (Permissions permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizations.saveAuthorization(authorization);
	}

	private static boolean grantsAll(Authorization authorization, Permissions... permissions) {
		for (Permissions permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				return false;
			}
		}
		return true;
	}

}
