package com.brokerage.passwordcenter.unlock;

/** Names in {@code bpmn/unlock.bpmn}: the online unlock (R-UNLOCK). */
public final class UnlockProcess {

	public static final String PROCESS_ID = "unlock";

	public static final String TASK_CHECK = "Task_CheckUnlock";

	public static final String TASK_LIFT = "Task_LiftLock";

	/** Thrown by Task_LiftLock when the state changed since the check (a lost race). */
	public static final String ERROR_UNLOCK_REFUSED = "UNLOCK_REFUSED";

	public static final String END_UNLOCK_REFUSED = "End_UnlockRefused";

	/**
	 * Inputs set by the API: the customer (null for an unknown ID), identity and
	 * certificate results.
	 */
	public static final String VAR_CUSTOMER_REF = "customerRef";

	public static final String VAR_IDENTITY_MATCHED = "identityMatched";

	public static final String VAR_CERTIFICATE_VALID = "certificateValid";

	/** Set by Task_CheckUnlock: one of {@link UnlockEligibility}. */
	public static final String VAR_ELIGIBILITY = "unlockEligibility";

	private UnlockProcess() {
	}

}
