package com.brokerage.passwordcenter.unify;

import java.util.Map;

/** Names in {@code bpmn/unification.bpmn}. */
public final class UnificationProcess {

	public static final String PROCESS_ID = "unification";

	public static final String TASK_ENTER_UNIFIED_PASSWORD = "Task_EnterUnifiedPassword";

	public static final String TASK_UNIFY_PASSWORDS = "Task_UnifyPasswords";

	public static final String TASK_NOTIFY_BY_EMAIL = "Task_NotifyByEmail";

	public static final String TASK_NOTIFY_BY_SMS = "Task_NotifyBySms";

	public static final String TIMER_ABANDONED = "Timer_EnterPasswordAbandoned";

	public static final String MESSAGE_CANCEL = "Message_CancelUnification";

	/** The application id, also the business key. */
	public static final String VAR_APPLICATION_ID = "applicationId";

	public static final String VAR_CUSTOMER_REF = "customerRef";

	/** R-UNIFY-1: the form shows the national ID, masked. */
	public static final String VAR_MASKED_NATIONAL_ID = "maskedNationalId";

	/** Which end event means which final status. */
	public static final Map<String, UnificationStatus> END_EVENTS = Map.of("End_PasswordsUnified",
			UnificationStatus.UNIFIED, "End_Cancelled", UnificationStatus.CANCELLED, "End_Abandoned",
			UnificationStatus.ABANDONED);

	private UnificationProcess() {
	}

}
