package com.brokerage.passwordcenter.policy.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/** The DMN engine's listener that hands the guard the rows one evaluation matched. */
final class MatchedRules implements DmnDecisionTableEvaluationListener {

	private final ThreadLocal<List<DmnEvaluatedDecisionRule>> current = new ThreadLocal<>();

	@Override
	public void notify(DmnDecisionTableEvaluationEvent event) {
		List<DmnEvaluatedDecisionRule> rules = this.current.get();
		if (rules != null) {
			rules.addAll(event.getMatchingRules());
		}
	}

	List<DmnEvaluatedDecisionRule> during(Runnable evaluation) {
		List<DmnEvaluatedDecisionRule> rules = new ArrayList<>();
		this.current.set(rules);
		try {
			evaluation.run();
			return rules;
		}
		finally {
			this.current.remove();
		}
	}

}
