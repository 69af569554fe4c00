package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.brokerage.passwordcenter.backoffice.BackOfficeProcesses;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * A business outcome is a BPMN error the diagram must catch: the engine ends an uncaught
 * one silently (the customer not found, the unlock refused, no mobile on file would end
 * like a success). So every service task calling one of these delegates, and every call
 * of the passcode process, has an error boundary event for each code.
 */
@Component
class ErrorsTheDelegatesThrow implements DiagramRule {

	private static final Map<String, List<String>> BY_DELEGATE = Map.of("${loadCustomerDelegate}",
			List.of(BackOfficeProcesses.ERROR_CUSTOMER_NOT_FOUND), "${phoneUnlockDelegate}",
			List.of(BackOfficeProcesses.ERROR_NOT_LOCKED, BackOfficeProcesses.ERROR_UNLOCK_NOT_ALLOWED),
			"${branchReissueDelegate}", List.of(BackOfficeProcesses.ERROR_NO_MOBILE), "${branchSplitDelegate}",
			List.of(BackOfficeProcesses.ERROR_NOT_UNIFIED));

	private static final List<String> BY_PASSCODE_CALL = List.of(PasscodeProcess.ERROR_EXPIRED,
			PasscodeProcess.ERROR_VOIDED);

	@Override
	public List<Violation> check(Diagram diagram) {
		List<Violation> found = new ArrayList<>();
		for (Element task : diagram.elements("serviceTask")) {
			String delegate = Diagram.camunda(task, "delegateExpression");
			// a task without a delegate expression (class, expression, external) throws
			// none of ours
			List<String> codes = (delegate != null) ? BY_DELEGATE.get(delegate) : null;
			if (codes != null) {
				found.addAll(uncaught(diagram, task, codes, "its delegate ends with this business outcome"));
			}
		}
		for (Element call : diagram.elements("callActivity")) {
			if (PasscodeProcess.PROCESS_ID.equals(call.attribute("calledElement"))) {
				found.addAll(uncaught(diagram, call, BY_PASSCODE_CALL, "the passcode process ends with this error"));
			}
		}
		return found;
	}

	private static List<Violation> uncaught(Diagram diagram, Element task, List<String> codes, String why) {
		String id = task.attribute("id");
		List<Optional<String>> caught = new ArrayList<>();
		for (Element boundary : diagram.elements("boundaryEvent")) {
			if (!id.equals(boundary.attribute("attachedToRef"))) {
				continue;
			}
			for (Element definition : boundary.elements("errorEventDefinition")) {
				String errorRef = definition.attribute("errorRef");
				// no errorRef catches every error
				caught.add((errorRef == null) ? Optional.empty() : diagram.errorCode(errorRef));
			}
		}
		if (caught.stream().anyMatch(Optional::isEmpty)) {
			return List.of();
		}
		return codes.stream()
			.filter((code) -> caught.stream().noneMatch((c) -> c.get().equals(code)))
			.map((code) -> new Violation(id,
					"needs an error boundary event for error code '" + code + "': " + why
							+ ", and the engine ends an uncaught one silently"))
			.toList();
	}

}
