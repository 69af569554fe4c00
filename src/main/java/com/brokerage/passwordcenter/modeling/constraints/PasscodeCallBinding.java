package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.reissue.ReissueProcess;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Both reissues verify the passcode by calling the process {@code passcode}: the API
 * finds the called instance by the application id as its business key, and its delegates
 * read {@code applicationId}. So the call activity calls {@code passcode} and hands both
 * down.
 */
@Component
class PasscodeCallBinding implements DiagramRule {

	private static final Set<String> CALLERS = Set.of(ReissueProcess.WITH_CERTIFICATE,
			ReissueProcess.WITHOUT_CERTIFICATE);

	@Override
	public List<Violation> check(Diagram diagram) {
		if (!CALLERS.contains(diagram.processKey())) {
			return List.of();
		}
		return diagram.element(ReissueProcess.CALL_VERIFY_PASSCODE).map(PasscodeCallBinding::check).orElse(List.of());
	}

	private static List<Violation> check(Element call) {
		List<Violation> found = new ArrayList<>();
		String id = call.attribute("id");
		if (!PasscodeProcess.PROCESS_ID.equals(call.attribute("calledElement"))) {
			found.add(new Violation(id, "must call the process '" + PasscodeProcess.PROCESS_ID + "' (Called element)"));
		}
		List<Element> ins = new ArrayList<>();
		Element extensions = call.element("extensionElements");
		if (extensions != null) {
			ins.addAll(extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "in"));
		}
		if (ins.stream().noneMatch((in) -> in.attribute("businessKey") != null)) {
			found.add(new Violation(id, "must pass the business key down (In mapping: business key "
					+ "#{execution.processBusinessKey}): the application finds the passcode step by the application id"));
		}
		boolean passesApplicationId = ins.stream()
			.anyMatch((in) -> "all".equals(in.attribute("variables"))
					|| (PasscodeProcess.VAR_APPLICATION_ID.equals(in.attribute("source"))
							&& PasscodeProcess.VAR_APPLICATION_ID.equals(in.attribute("target"))));
		if (!passesApplicationId) {
			found.add(new Violation(id,
					"must pass the variable '" + PasscodeProcess.VAR_APPLICATION_ID
							+ "' down (In mapping source = target = " + PasscodeProcess.VAR_APPLICATION_ID
							+ "): the passcode's tasks read it"));
		}
		return found;
	}

}
