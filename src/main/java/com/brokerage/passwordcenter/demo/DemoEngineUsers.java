package com.brokerage.passwordcenter.demo;

import com.brokerage.passwordcenter.backoffice.BackOfficeGroups;
import com.brokerage.passwordcenter.modeling.ProcessAnalysts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo engine users (README): a customer-service agent and a branch clerk for Tasklist, a
 * process analyst who deploys from Camunda Modeler. Demo profile only.
 */
@Component
@Profile(DemoProfile.NAME)
@Order(5)
class DemoEngineUsers implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo1234";

	private final IdentityService identity;

	DemoEngineUsers(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureUser("agent", "Agent", "客服人員", BackOfficeGroups.CUSTOMER_SERVICE);
		ensureUser("clerk", "Clerk", "分公司櫃員", BackOfficeGroups.BRANCH_CLERK);
		ensureUser("analyst", "Analyst", "流程分析師", ProcessAnalysts.GROUP);
	}

	private void ensureUser(String id, String firstName, String lastName, String groupId) {
		if (this.identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = this.identity.newUser(id);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setPassword(DEMO_PASSWORD);
		user.setEmail(id + "@brokerage.example");
		this.identity.saveUser(user);
		this.identity.createMembership(id, groupId);
	}

}
