package com.brokerage.passwordcenter.policy.guard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.policy.PolicyTable;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * Refuses at deployment a policy table that breaks the manual's rules or makes no sense:
 * a gap or an overlap for some input, a missing output, a value out of range or above its
 * ceiling ({@link TableCheck}). The refusal names the file, the table, the row and the
 * problem: Camunda Modeler shows it, engine REST answers 400, and the app does not start
 * with a broken {@code dmn/}. docs/operations.md, "Policy tables".
 */
@Component
public class PolicyTableGuard extends AbstractProcessEnginePlugin {

	static final String SEE = " (docs/operations.md, \"Policy tables\")";

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private final Map<PolicyTable, TableCheck> checks = new LinkedHashMap<>();

	private final MatchedRules matched = new MatchedRules();

	private final DmnEngine engine;

	PolicyTableGuard(List<TableCheck> checks) {
		checks.forEach((check) -> this.checks.put(check.table(), check));
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(this.matched));
		this.engine = configuration.buildEngine();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreDeployers() == null) {
			configuration.setCustomPreDeployers(new ArrayList<>());
		}
		configuration.getCustomPreDeployers().add(this::check);
	}

	private void check(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (resource.getName().endsWith(".dmn") && resource.getBytes() != null) {
				refuseIfBroken(resource.getName(), resource.getBytes());
			}
		}
	}

	/**
	 * Throws {@link NotValidException} (REST: 400) when a policy table in the file breaks
	 * a rule.
	 */
	public void refuseIfBroken(String resource, byte[] bytes) {
		DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			PolicyTable table = policyTable(decision.getId());
			if (table == null || !this.checks.containsKey(table)) {
				continue;
			}
			Problems problems = problems(model, decision, this.checks.get(table));
			if (!problems.isEmpty()) {
				throw new NotValidException("%s: table '%s' (%s) refused%s: %s".formatted(resource, decision.getName(),
						decision.getId(), SEE, String.join("; ", problems.all())));
			}
		}
	}

	Problems problems(DmnModelInstance model, Decision decision, TableCheck check) {
		Problems problems = new Problems();
		if (!(decision.getExpression() instanceof DecisionTable table)) {
			problems.add("is not a decision table");
			return problems;
		}
		HitPolicy expected = check.collects() ? HitPolicy.COLLECT : HitPolicy.UNIQUE;
		if (table.getHitPolicy() != expected || table.getAggregation() != null) {
			problems.add("hit policy is " + table.getHitPolicy()
					+ (table.getAggregation() != null ? " " + table.getAggregation() : "") + "; this table needs "
					+ expected);
		}
		List<String> names = table.getOutputs().stream().map(Output::getName).toList();
		for (String output : check.outputs()) {
			if (!names.contains(output)) {
				problems.add("has no output named '" + output + "' (the code reads it)");
			}
		}
		List<Integer> numbers = new ArrayList<>();
		int number = 0;
		for (Rule rule : table.getRules()) {
			number++;
			int column = 0;
			for (OutputEntry entry : rule.getOutputEntries()) {
				if (entry.getText() == null || entry.getTextContent().isBlank()) {
					problems.add("row " + number + " (" + rule.getId() + "): output '" + names.get(column)
							+ "' is empty (write null for none)");
				}
				column++;
			}
			for (InputEntry entry : rule.getInputEntries()) {
				Matcher matcher = NUMBER.matcher(entry.getTextContent());
				while (matcher.find()) {
					numbers.add(Integer.valueOf(matcher.group()));
				}
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		probe(model, decision, check, numbers, problems);
		return problems;
	}

	private void probe(DmnModelInstance model, Decision decision, TableCheck check, List<Integer> numbers,
			Problems problems) {
		TableProbe probe = new TableProbe(this.engine, this.matched, model, decision);
		Map<Map<String, Object>, List<TableProbe.Row>> answers = new LinkedHashMap<>();
		for (Map<String, Object> inputs : check.inputs(numbers)) {
			List<TableProbe.Row> rows;
			try {
				rows = probe.rows(inputs);
			}
			catch (RuntimeException ex) {
				problems.add("cannot be evaluated for " + Problems.inputs(inputs) + ": " + ex.getMessage());
				return;
			}
			answers.put(inputs, rows);
			if (rows.isEmpty() && !check.collects()) {
				problems.add("no row applies to " + Problems.inputs(inputs) + " (a gap)");
			}
			else if (rows.size() > 1 && !check.collects()) {
				problems.add(rows.get(0).named() + " and " + rows.get(1).named() + " both apply to "
						+ Problems.inputs(inputs) + " (an overlap)");
			}
			else if (!rows.isEmpty()) {
				check.checkRows(inputs, rows, problems);
			}
		}
		if (problems.isEmpty()) {
			check.checkTable(answers, problems);
		}
	}

	private static PolicyTable policyTable(String key) {
		for (PolicyTable table : PolicyTable.values()) {
			if (table.key().equals(key)) {
				return table;
			}
		}
		return null;
	}

}
