package com.brokerage.passwordcenter.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Engine users the test profile lacks (it has no demo users), made the way an operator
 * makes them in Camunda Admin: a user and a group membership, nothing else.
 */
public final class TestEngineUsers {

	private TestEngineUsers() {
	}

	public static void ensure(IdentityService identity, String id, String password, String groupId) {
		if (identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = identity.newUser(id);
		user.setPassword(password);
		identity.saveUser(user);
		identity.createMembership(id, groupId);
	}

}
