package com.brokerage.passwordcenter.backoffice;

/**
 * The Camunda groups of the back office (architecture.md) and the operator group the
 * engine treats as admin.
 */
public final class BackOfficeGroups {

	public static final String CUSTOMER_SERVICE = "customer-service";

	public static final String BRANCH_CLERK = "branch-clerk";

	public static final String OPERATORS = "camunda-admin";

	private BackOfficeGroups() {
	}

}
