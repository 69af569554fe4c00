package com.brokerage.passwordcenter.modeling.constraints;

import java.util.List;

/**
 * One thing the Java code relies on in the diagrams (docs/modeling.md, "What the code
 * relies on"). Checked at every deployment; a diagram that breaks it is refused.
 */
public interface DiagramRule {

	/** What is wrong with this diagram; empty when it keeps the rule. */
	List<Violation> check(Diagram diagram);

}
