package com.brokerage.passwordcenter.modeling;

/**
 * Business analysts own the diagrams (issue 11) and the policy tables (issue 19): they
 * deploy {@code bpmn/}, {@code forms/} and {@code dmn/} from Camunda Modeler and look at
 * definitions in Cockpit — nothing more (docs/modeling.md, docs/decisions.md).
 */
public final class ProcessAnalysts {

	/** The Camunda group, made in every profile. */
	public static final String GROUP = "process-analyst";

	private ProcessAnalysts() {
	}

}
