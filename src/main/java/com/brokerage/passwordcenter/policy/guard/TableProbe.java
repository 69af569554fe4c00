package com.brokerage.passwordcenter.policy.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Asks a table under review which rows apply to one input: the table is evaluated with
 * hit policy COLLECT, so every matching row shows (an overlap too), each with its
 * outputs.
 */
final class TableProbe {

	/** One row that applied: its number in the table (from 1), id and outputs. */
	record Row(int number, String id, Map<String, Object> outputs) {

		String named() {
			return "row " + this.number + " (" + this.id + ")";
		}

	}

	private final DmnEngine engine;

	private final MatchedRules matched;

	private final DmnDecision decision;

	private final List<String> ruleIds = new ArrayList<>();

	TableProbe(DmnEngine engine, MatchedRules matched, DmnModelInstance model, Decision decision) {
		this.engine = engine;
		this.matched = matched;
		DecisionTable table = (DecisionTable) decision.getExpression();
		for (Rule rule : table.getRules()) {
			this.ruleIds.add(rule.getId());
		}
		HitPolicy original = table.getHitPolicy();
		table.setHitPolicy(HitPolicy.COLLECT);
		try {
			this.decision = engine.parseDecision(decision.getId(), model);
		}
		finally {
			table.setHitPolicy(original);
		}
	}

	/** The rows that apply to these inputs, in table order. */
	List<Row> rows(Map<String, Object> inputs) {
		List<Row> rows = new ArrayList<>();
		for (DmnEvaluatedDecisionRule rule : this.matched
			.during(() -> this.engine.evaluateDecision(this.decision, inputs))) {
			Map<String, Object> outputs = new LinkedHashMap<>();
			rule.getOutputEntries().forEach((name, output) -> outputs.put(name, output.getValue().getValue()));
			rows.add(new Row(this.ruleIds.indexOf(rule.getId()) + 1, rule.getId(), outputs));
		}
		return rows;
	}

}
