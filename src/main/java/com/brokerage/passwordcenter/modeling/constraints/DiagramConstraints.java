package com.brokerage.passwordcenter.modeling.constraints;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Refuses at deployment a diagram that breaks what the Java code relies on (issue 17):
 * the engine parses the file, every {@link DiagramRule} bean looks at it, and any
 * violation fails the deployment with a {@code ParseException} naming the file, the
 * element and the reason — what Camunda Modeler shows the analyst, what engine REST
 * answers (400), and what stops the app's own start with a broken {@code bpmn/}. Add a
 * rule by adding a {@code @Component} implementing {@link DiagramRule}.
 */
@Component
public class DiagramConstraints extends AbstractProcessEnginePlugin {

	static final String SEE = " (docs/modeling.md, \"What the code relies on\")";

	private final List<DiagramRule> rules;

	DiagramConstraints(List<DiagramRule> rules) {
		this.rules = List.copyOf(rules);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new Checker());
	}

	/** The violations of one parsed file, every rule applied to each of its processes. */
	List<Found> violations(String resource, List<Diagram> diagrams) {
		List<Found> found = new ArrayList<>();
		for (Diagram diagram : diagrams) {
			for (DiagramRule rule : this.rules) {
				for (Violation violation : rule.check(diagram)) {
					found.add(new Found(
							"%s: process '%s', element '%s': %s".formatted(resource, diagram.processKey(),
									violation.elementId(), violation.reason()),
							diagram.element(violation.elementId())));
				}
			}
		}
		return found;
	}

	/** A violation said in full, with its element when the diagram still has it. */
	record Found(String message, Optional<Element> element) {
	}

	private final class Checker extends AbstractBpmnParseListener {

		/**
		 * A {@link BpmnParseException} becomes one of the parse's errors: the engine then
		 * refuses the file with a {@code ParseException} naming it (engine REST: 400).
		 */
		@Override
		public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
			if (definitions.isEmpty()) {
				return;
			}
			String resource = resourceOf(definitions.get(0));
			List<Diagram> diagrams = new ArrayList<>();
			for (ProcessDefinitionEntity definition : definitions) {
				root.elements("process")
					.stream()
					.filter((process) -> definition.getKey().equals(process.attribute("id")))
					.findFirst()
					.ifPresent((process) -> diagrams.add(new Diagram(resource, definition, process, root)));
			}
			List<Found> violations = violations(resource, diagrams);
			if (!violations.isEmpty()) {
				throw new BpmnParseException(
						"The diagram breaks what Password Center relies on" + SEE + ": "
								+ String.join("; ", violations.stream().map(Found::message).toList()),
						violations.get(0).element().orElse(root));
			}
		}

	}

	/**
	 * The engine names the file only after parsing; the deployment being made holds it
	 * (the one resource declaring this process).
	 */
	private static String resourceOf(ProcessDefinitionEntity definition) {
		if (Context.getCommandContext() == null || definition.getDeploymentId() == null) {
			return "process '" + definition.getKey() + "'";
		}
		DeploymentEntity deployment = Context.getCommandContext()
			.getDbEntityManager()
			.selectById(DeploymentEntity.class, definition.getDeploymentId());
		if (deployment == null || deployment.getResources() == null) {
			return "process '" + definition.getKey() + "'";
		}
		String declaration = "id=\"" + definition.getKey() + "\"";
		List<String> names = deployment.getResources()
			.values()
			.stream()
			.filter((resource) -> resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml"))
			.filter((resource) -> contains(resource, declaration))
			.map(ResourceEntity::getName)
			.toList();
		return (names.size() == 1) ? names.get(0) : "process '" + definition.getKey() + "'";
	}

	private static boolean contains(ResourceEntity resource, String text) {
		return resource.getBytes() != null && new String(resource.getBytes(), StandardCharsets.UTF_8).contains(text);
	}

}
