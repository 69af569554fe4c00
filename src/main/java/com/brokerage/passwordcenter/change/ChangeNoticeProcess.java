package com.brokerage.passwordcenter.change;

/** Names in {@code bpmn/password-change.bpmn}: the notice after a password change. */
public final class ChangeNoticeProcess {

	public static final String PROCESS_ID = "password-change";

	public static final String TASK_NOTIFY = "Task_NotifyPasswordChanged";

	public static final String VAR_CUSTOMER_REF = "customerRef";

	private ChangeNoticeProcess() {
	}

}
