package com.brokerage.passwordcenter.reissue;

import java.util.Map;

/**
 * Names in {@code bpmn/reissue-with-certificate.bpmn} and
 * {@code bpmn/reissue-without-certificate.bpmn}.
 */
public final class ReissueProcess {

	public static final String WITH_CERTIFICATE = "reissue-with-certificate";

	public static final String WITHOUT_CERTIFICATE = "reissue-without-certificate";

	public static final String TASK_CHOOSE_ACCOUNT = "Task_ChooseAccount";

	public static final String TASK_CHOOSE_CHANNEL = "Task_ChooseChannel";

	/** Without certificate: are both the mobile and the email on file (R-REISSUE-5)? */
	public static final String TASK_CHECK_CONTACTS = "Task_CheckContactsOnFile";

	/** Without certificate: mails the link (async, retried; R-REISSUE-6). */
	public static final String TASK_SEND_LINK_EMAIL = "Task_SendLinkEmail";

	/** Without certificate: the link is valid this long ({@code PT24H}, R-REISSUE-6). */
	public static final String TIMER_LINK_EXPIRED = "Timer_LinkExpired";

	/** Without certificate: the link page's "get temporary passcode" (R-REISSUE-7). */
	public static final String TASK_REQUEST_PASSCODE = "Task_RequestPasscode";

	/**
	 * Without certificate: the process waits here for the emailed link to be opened
	 * (R-REISSUE-6).
	 */
	public static final String EVENT_LINK_OPENED = "Event_LinkOpened";

	public static final String MESSAGE_LINK_OPENED = "Message_LinkOpened";

	public static final String TASK_SET_NEW_PASSWORD = "Task_SetNewPassword";

	public static final String CALL_VERIFY_PASSCODE = "CallActivity_VerifyPasscode";

	public static final String TASK_NOTIFY_BY_EMAIL = "Task_NotifyByEmail";

	public static final String TASK_NOTIFY_BY_SMS = "Task_NotifyBySms";

	public static final String MESSAGE_CANCEL = "Message_CancelReissue";

	/** The application id, also the business key. */
	public static final String VAR_APPLICATION_ID = "applicationId";

	/**
	 * Without certificate: set by Task_CheckContactsOnFile, routes
	 * Gateway_ContactsOnFile.
	 */
	public static final String VAR_CONTACTS_ON_FILE = "contactsOnFile";

	/** Which end event means which final status. */
	public static final Map<String, ReissueStatus> END_EVENTS = Map.of("End_PasswordReissued", ReissueStatus.COMPLETED,
			"End_Cancelled", ReissueStatus.CANCELLED, "End_Abandoned", ReissueStatus.ABANDONED, "End_PasscodeExpired",
			ReissueStatus.PASSCODE_EXPIRED, "End_PasscodeVoided", ReissueStatus.PASSCODE_VOIDED, "End_LinkExpired",
			ReissueStatus.LINK_EXPIRED, "End_DataIncorrect", ReissueStatus.DATA_INCORRECT);

	private ReissueProcess() {
	}

}
