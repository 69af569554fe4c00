package com.brokerage.passwordcenter.backoffice;

/**
 * Names in the back-office diagrams: {@code bpmn/phone-unlock.bpmn} (R-OPS-1),
 * {@code bpmn/branch-reissue.bpmn} (R-OPS-2) and {@code bpmn/branch-split.bpmn}
 * (R-OPS-3).
 */
public final class BackOfficeProcesses {

	public static final String PHONE_UNLOCK = "phone-unlock";

	public static final String BRANCH_REISSUE = "branch-reissue";

	public static final String BRANCH_SPLIT = "branch-split";

	public static final String TASK_CONFIRM_PHONE_UNLOCK = "Task_ConfirmPhoneUnlock";

	public static final String TASK_CHOOSE_ACCOUNTS = "Task_ChooseAccountsToReset";

	public static final String TASK_CONFIRM_SPLIT = "Task_ConfirmSplit";

	// start form fields
	public static final String VAR_NATIONAL_ID = "nationalId";

	public static final String VAR_NOTE = "note";

	/**
	 * Who started the process (camunda:initiator) and who completed the confirming task.
	 */
	public static final String VAR_STARTED_BY = "startedBy";

	public static final String VAR_CONFIRMED_BY = "confirmedBy";

	// set by Task_LoadCustomer for the forms
	public static final String VAR_CUSTOMER_REF = "customerRef";

	public static final String VAR_MASKED_ID = "maskedCustomerId";

	public static final String VAR_CUSTOMER_NAME = "customerName";

	public static final String VAR_UNIFIED = "unified";

	public static final String VAR_LOGIN_STATE = "loginState";

	public static final String VAR_ACCOUNT_OPTIONS = "accountOptions";

	/**
	 * The branch reissue's checklist of account ids (ignored for a unified customer: all
	 * are reset).
	 */
	public static final String VAR_ACCOUNT_IDS = "accountIds";

	// business errors the diagrams route
	public static final String ERROR_CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND";

	public static final String ERROR_NOT_LOCKED = "NOT_LOCKED";

	public static final String ERROR_UNLOCK_NOT_ALLOWED = "UNLOCK_NOT_ALLOWED";

	public static final String ERROR_NO_MOBILE = "NO_MOBILE";

	public static final String ERROR_NOT_UNIFIED = "NOT_UNIFIED";

	private BackOfficeProcesses() {
	}

}
