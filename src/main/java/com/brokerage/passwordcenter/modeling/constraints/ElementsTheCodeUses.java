package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.reissue.ReissueProcess;
import com.brokerage.passwordcenter.unify.UnificationProcess;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * The elements the code finds by id: the user tasks whose page the API shows and which it
 * completes, the timer it reads, and the end events whose id it records as the
 * application's status. Renamed or of another kind, the API would answer for a step that
 * no longer exists.
 */
@Component
class ElementsTheCodeUses implements DiagramRule {

	private static final String USER_TASK = "userTask";

	private static final Map<String, Map<String, String>> EXPECTED = Map.of(ReissueProcess.WITH_CERTIFICATE,
			Map.of(ReissueProcess.TASK_CHOOSE_ACCOUNT, USER_TASK, ReissueProcess.TASK_CHOOSE_CHANNEL, USER_TASK,
					ReissueProcess.TASK_SET_NEW_PASSWORD, USER_TASK, ReissueProcess.CALL_VERIFY_PASSCODE,
					"callActivity", InitialPasswordStaysSynchronous.TASK_ISSUE_INITIAL_PASSWORD, "serviceTask"),
			ReissueProcess.WITHOUT_CERTIFICATE,
			Map.of(ReissueProcess.TASK_CHOOSE_ACCOUNT, USER_TASK, ReissueProcess.TASK_REQUEST_PASSCODE, USER_TASK,
					ReissueProcess.TASK_SET_NEW_PASSWORD, USER_TASK, ReissueProcess.TIMER_LINK_EXPIRED,
					"intermediateCatchEvent", ReissueProcess.CALL_VERIFY_PASSCODE, "callActivity",
					InitialPasswordStaysSynchronous.TASK_ISSUE_INITIAL_PASSWORD, "serviceTask"),
			PasscodeProcess.PROCESS_ID,
			Map.of(PasscodeProcess.TASK_ENTER, USER_TASK, PasscodeProcess.END_VERIFIED, "endEvent"),
			UnificationProcess.PROCESS_ID, Map.of(UnificationProcess.TASK_ENTER_UNIFIED_PASSWORD, USER_TASK));

	/** Processes whose end events the app maps to the application's status. */
	private static final Map<String, Set<String>> END_EVENTS = Map.of(ReissueProcess.WITH_CERTIFICATE,
			ReissueProcess.END_EVENTS.keySet(), ReissueProcess.WITHOUT_CERTIFICATE, ReissueProcess.END_EVENTS.keySet(),
			UnificationProcess.PROCESS_ID, UnificationProcess.END_EVENTS.keySet());

	@Override
	public List<Violation> check(Diagram diagram) {
		List<Violation> found = new ArrayList<>();
		EXPECTED.getOrDefault(diagram.processKey(), Map.of()).forEach((id, tag) -> {
			String actual = diagram.element(id).map(Element::getTagName).orElse(null);
			if (actual == null) {
				found.add(new Violation(id, "is missing: the application finds this " + tag + " by its id"));
			}
			else if (!actual.equals(tag)) {
				found.add(new Violation(id, "must be a " + tag + ", not a " + actual
						+ ": the application finds it by its id and treats it as a " + tag));
			}
		});
		Set<String> known = END_EVENTS.get(diagram.processKey());
		if (known != null) {
			for (Element end : diagram.elements("endEvent")) {
				if (!known.contains(end.attribute("id"))) {
					found.add(new Violation(end.attribute("id"),
							"is an end event the application has no status for; it records the application's status by "
									+ "the end event's id, one of " + known.stream().sorted().toList()));
				}
			}
		}
		return found;
	}

}
