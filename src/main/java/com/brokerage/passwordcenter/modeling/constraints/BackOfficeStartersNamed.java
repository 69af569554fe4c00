package com.brokerage.passwordcenter.modeling.constraints;

import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.backoffice.BackOfficeProcesses;

import org.springframework.stereotype.Component;

/**
 * R-OPS-4: a back-office action is recorded against the agent or clerk who did it; the
 * start event keeps {@code camunda:initiator="startedBy"}, so the delegates know who
 * started it.
 */
@Component
class BackOfficeStartersNamed implements DiagramRule {

	private static final Set<String> BACK_OFFICE = Set.of(BackOfficeProcesses.PHONE_UNLOCK,
			BackOfficeProcesses.BRANCH_REISSUE, BackOfficeProcesses.BRANCH_SPLIT);

	@Override
	public List<Violation> check(Diagram diagram) {
		if (!BACK_OFFICE.contains(diagram.processKey())) {
			return List.of();
		}
		return diagram.elements("startEvent")
			.stream()
			.filter((start) -> !BackOfficeProcesses.VAR_STARTED_BY.equals(Diagram.camunda(start, "initiator")))
			.map((start) -> new Violation(start.attribute("id"), "must keep initiator \""
					+ BackOfficeProcesses.VAR_STARTED_BY
					+ "\" (Modeler: Start initiator): the audit names the agent or clerk who started it (R-OPS-4)"))
			.toList();
	}

}
