package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * One parsed process of a deployed file, as the rules see it: its key, the engine's
 * activities (with their async flags and sequence flows) and the XML elements (with their
 * attributes).
 */
public final class Diagram {

	private final String resource;

	private final ProcessDefinitionEntity definition;

	private final Element process;

	private final Element definitions;

	Diagram(String resource, ProcessDefinitionEntity definition, Element process, Element definitions) {
		this.resource = resource;
		this.definition = definition;
		this.process = process;
		this.definitions = definitions;
	}

	public String resource() {
		return this.resource;
	}

	public String processKey() {
		return this.definition.getKey();
	}

	/**
	 * The engine's activity of this id, anywhere in the process (also in sub-processes).
	 */
	public Optional<ActivityImpl> activity(String id) {
		return Optional.ofNullable(this.definition.findActivity(id));
	}

	/** The XML element of this id inside the process, at any depth. */
	public Optional<Element> element(String id) {
		return all(this.process).stream().filter((element) -> id.equals(element.attribute("id"))).findFirst();
	}

	/** Every XML element of the process with this tag (local name), at any depth. */
	public List<Element> elements(String tag) {
		return all(this.process).stream().filter((element) -> tag.equals(element.getTagName())).toList();
	}

	/** Every XML element of the process, at any depth. */
	public List<Element> all() {
		return all(this.process);
	}

	/** A {@code camunda:} attribute of an element. */
	public static String camunda(Element element, String name) {
		return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, name);
	}

	/** The names of the messages the process's events wait for. */
	public List<String> messageNamesCaught() {
		List<String> names = new ArrayList<>();
		for (Element definition : elements("messageEventDefinition")) {
			String messageId = definition.attribute("messageRef");
			this.definitions.elements("message")
				.stream()
				.filter((message) -> message.attribute("id").equals(messageId))
				.map((message) -> message.attribute("name"))
				.forEach(names::add);
		}
		return names;
	}

	/** The error code a top-level {@code <error>} of this id declares; empty if none. */
	public Optional<String> errorCode(String errorId) {
		return this.definitions.elements("error")
			.stream()
			.filter((error) -> error.attribute("id").equals(errorId))
			.map((error) -> error.attribute("errorCode"))
			.findFirst();
	}

	private static List<Element> all(Element root) {
		List<Element> found = new ArrayList<>();
		for (Element child : root.elements()) {
			found.add(child);
			found.addAll(all(child));
		}
		return found;
	}

}
