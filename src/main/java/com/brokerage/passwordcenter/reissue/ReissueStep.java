package com.brokerage.passwordcenter.reissue;

import java.util.Map;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;

/** The screen an application is at, derived from the user task its process waits in. */
public enum ReissueStep {

	CHOOSE_ACCOUNT, CHOOSE_CHANNEL, WAITING_FOR_LINK, REQUEST_PASSCODE, ENTER_PASSCODE, SET_NEW_PASSWORD,
	/** A service step (sending a code or a mail) is running; ask again in a moment. */
	PROCESSING, ENDED;

	static final Map<String, ReissueStep> BY_TASK = Map.of(ReissueProcess.TASK_CHOOSE_ACCOUNT, CHOOSE_ACCOUNT,
			ReissueProcess.TASK_CHOOSE_CHANNEL, CHOOSE_CHANNEL, ReissueProcess.TASK_REQUEST_PASSCODE, REQUEST_PASSCODE,
			PasscodeProcess.TASK_ENTER, ENTER_PASSCODE, ReissueProcess.TASK_SET_NEW_PASSWORD, SET_NEW_PASSWORD);

}
