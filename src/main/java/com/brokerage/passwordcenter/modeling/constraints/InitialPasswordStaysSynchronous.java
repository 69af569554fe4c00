package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.reissue.ReissueProcess;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-9: the initial password is handed over in memory (reissue's
 * InitialPasswordHandOver) from Task_IssueInitialPassword to the HTTP answer of the
 * request that completed the passcode. So from Task_EnterPasscode to the passcode's
 * verified end, and from the call activity to Task_IssueInitialPassword, nothing may run
 * in a job.
 */
@Component
class InitialPasswordStaysSynchronous implements DiagramRule {

	static final String TASK_ISSUE_INITIAL_PASSWORD = "Task_IssueInitialPassword";

	private static final String WHY = "the initial password is made there and handed to the customer's request in memory; "
			+ "run in a job, it would never reach the customer";

	@Override
	public List<Violation> check(Diagram diagram) {
		List<Violation> found = new ArrayList<>();
		switch (diagram.processKey()) {
			case ReissueProcess.WITH_CERTIFICATE, ReissueProcess.WITHOUT_CERTIFICATE -> found.addAll(SynchronousPath
				.check(diagram, ReissueProcess.CALL_VERIFY_PASSCODE, TASK_ISSUE_INITIAL_PASSWORD, false, WHY));
			case PasscodeProcess.PROCESS_ID -> found.addAll(SynchronousPath.check(diagram, PasscodeProcess.TASK_ENTER,
					PasscodeProcess.END_VERIFIED, true, WHY));
			default -> {
			}
		}
		return found;
	}

}
