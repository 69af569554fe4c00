package com.brokerage.passwordcenter.modeling.constraints;

import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.reissue.ReissueProcess;
import com.brokerage.passwordcenter.unify.UnificationProcess;

import org.springframework.stereotype.Component;

/**
 * The messages the API correlates by name (resend a passcode, the emailed link opened,
 * cancel): a process that no longer waits for one would make the customer's request fail.
 */
@Component
class MessagesTheCodeCorrelates implements DiagramRule {

	private static final Map<String, List<String>> CORRELATED = Map.of(ReissueProcess.WITH_CERTIFICATE,
			List.of(ReissueProcess.MESSAGE_CANCEL), ReissueProcess.WITHOUT_CERTIFICATE,
			List.of(ReissueProcess.MESSAGE_CANCEL, ReissueProcess.MESSAGE_LINK_OPENED), PasscodeProcess.PROCESS_ID,
			List.of(PasscodeProcess.MESSAGE_RESEND), UnificationProcess.PROCESS_ID,
			List.of(UnificationProcess.MESSAGE_CANCEL));

	@Override
	public List<Violation> check(Diagram diagram) {
		List<String> caught = diagram.messageNamesCaught();
		return CORRELATED.getOrDefault(diagram.processKey(), List.of())
			.stream()
			.filter((message) -> !caught.contains(message))
			.map((message) -> new Violation(diagram.processKey(),
					"no event waits for the message named '" + message
							+ "': the application correlates it by this name"))
			.toList();
	}

}
