package com.brokerage.passwordcenter.modeling;

/**
 * Business analysts own the diagrams (issue 11): they deploy {@code bpmn/} and
 * {@code forms/} from Camunda Modeler and look at definitions in Cockpit — nothing more
 * (docs/modeling.md, docs/decisions.md).
 */
public final class ProcessAnalysts {

	/** The Camunda group, made in every profile. */
	public static final String GROUP = "process-analyst";

	private ProcessAnalysts() {
	}

}
