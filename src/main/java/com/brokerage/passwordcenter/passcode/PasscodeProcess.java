package com.brokerage.passwordcenter.passcode;

/**
 * Names in {@code bpmn/passcode.bpmn}: the reusable passcode subprocess (call activity).
 */
public final class PasscodeProcess {

	public static final String PROCESS_ID = "passcode";

	public static final String TASK_SEND = "Task_SendPasscode";

	public static final String TASK_ENTER = "Task_EnterPasscode";

	public static final String TIMER_EXPIRED = "Timer_PasscodeExpired";

	public static final String END_VERIFIED = "End_PasscodeVerified";

	public static final String END_VOIDED = "End_PasscodeVoided";

	public static final String END_EXPIRED = "End_PasscodeExpired";

	/** Message correlated when the customer asks for a new code after the countdown. */
	public static final String MESSAGE_RESEND = "Message_ResendPasscode";

	/** Input: the application the passcode belongs to. */
	public static final String VAR_APPLICATION_ID = "applicationId";

	/**
	 * Set when the entry task completes: {@link #RESULT_VERIFIED} or
	 * {@link #RESULT_VOIDED}.
	 */
	public static final String VAR_RESULT = "passcodeResult";

	public static final String RESULT_VERIFIED = "VERIFIED";

	public static final String RESULT_VOIDED = "VOIDED";

	/** Error codes thrown to the calling process. */
	public static final String ERROR_EXPIRED = "PASSCODE_EXPIRED";

	public static final String ERROR_VOIDED = "PASSCODE_VOIDED";

	private PasscodeProcess() {
	}

}
