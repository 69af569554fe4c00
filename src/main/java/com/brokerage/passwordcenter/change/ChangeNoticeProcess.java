package com.brokerage.passwordcenter.change;

import com.brokerage.passwordcenter.reissue.PasswordChangedNotice;

/** Names in {@code bpmn/password-change.bpmn}: the notice after a password change. */
public final class ChangeNoticeProcess {

	public static final String PROCESS_ID = "password-change";

	public static final String TASK_NOTIFY_BY_EMAIL = "Task_NotifyByEmail";

	public static final String TASK_NOTIFY_BY_SMS = "Task_NotifyBySms";

	public static final String VAR_CUSTOMER_REF = PasswordChangedNotice.VAR_CUSTOMER_REF;

	private ChangeNoticeProcess() {
	}

}
