package com.brokerage.passwordcenter.process;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules for what business analysts edit in Camunda Modeler: {@code bpmn/*.bpmn} and
 * {@code forms/*.form}, read from the repository as the build copies them onto the
 * classpath. Each test names a rule and lists every file that breaks it. (Lint rules of
 * the BPMN itself — flows, end events, Camunda 7 compatibility — are {@code .ci/lint}'s.)
 */
class DiagramsAndFormsTest {

	static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

	static final String PLATFORM = "Camunda Platform";

	/**
	 * The engine this build runs ({@code camunda.version} in pom.xml); Modeler offers its
	 * checks for this version.
	 */
	static final String PLATFORM_VERSION = "7.24.0";

	/**
	 * Camunda 7.24's Tasklist renders forms with a form-js that reads schema versions up
	 * to this one.
	 */
	static final int MAX_FORM_SCHEMA_VERSION = 16;

	/**
	 * A property of ours as a diagram's documentation names it, e.g.
	 * password-center.reissue.step-timeout.
	 */
	static final Pattern PROPERTY = Pattern.compile("password-center(\\.[a-z][a-z0-9-]*)+");

	/**
	 * {@code dmn/reissue-limits.dmn, output stepTimeout}: a timer's duration from a
	 * policy table.
	 */
	static final Pattern POLICY_OUTPUT = Pattern.compile("(dmn/[a-z-]+\\.dmn), output ([A-Za-z]+)");

	/** The output names of a decision table in dmn/. */
	private static java.util.Set<String> policyOutputs(String file) {
		try {
			String xml = java.nio.file.Files.readString(java.nio.file.Path.of(file));
			java.util.Set<String> names = new java.util.HashSet<>();
			Matcher output = Pattern.compile("<output [^>]*name=\"([^\"]+)\"").matcher(xml);
			while (output.find()) {
				names.add(output.group(1));
			}
			return names;
		}
		catch (java.io.IOException ex) {
			return java.util.Set.of();
		}
	}

	static final Path BPMN = Path.of("bpmn");

	static final Path FORMS = Path.of("forms");

	static Map<String, BpmnModelInstance> diagrams;

	static Map<String, JsonNode> forms;

	@BeforeAll
	static void read() throws IOException {
		diagrams = new TreeMap<>();
		for (Path file : files(BPMN, ".bpmn")) {
			// validates against the BPMN schema with Camunda's extensions, as a
			// deployment would
			diagrams.put(BPMN.resolve(file.getFileName()).toString(), Bpmn.readModelFromFile(file.toFile()));
		}
		forms = new TreeMap<>();
		ObjectMapper json = new ObjectMapper();
		for (Path file : files(FORMS, ".form")) {
			forms.put(FORMS.resolve(file.getFileName()).toString(), json.readTree(file.toFile()));
		}
		assertThat(diagrams).as("diagrams in bpmn/").isNotEmpty();
		assertThat(forms).as("forms in forms/").isNotEmpty();
	}

	@Test
	@DisplayName("every form is Camunda 7.24 form JSON with an id of its own")
	void everyFormIsACamunda724Form() {
		List<String> problems = new ArrayList<>();
		Map<String, String> fileById = new LinkedHashMap<>();
		forms.forEach((file, form) -> {
			String id = form.path("id").asText("");
			if (id.isBlank()) {
				problems.add(file + ": no id");
			}
			else if (fileById.putIfAbsent(id, file) != null) {
				problems.add(file + ": id " + id + " is also the id of " + fileById.get(id));
			}
			if (!PLATFORM.equals(form.path("executionPlatform").asText())) {
				problems.add(file + ": executionPlatform is not \"" + PLATFORM + "\"");
			}
			if (!form.path("executionPlatformVersion").asText().matches("7\\.24\\.\\d+")) {
				problems.add(file + ": executionPlatformVersion is not 7.24.x");
			}
			JsonNode schemaVersion = form.path("schemaVersion");
			if (!schemaVersion.isInt() || schemaVersion.asInt() > MAX_FORM_SCHEMA_VERSION) {
				problems.add(file + ": schemaVersion " + schemaVersion + " is not one Camunda 7.24 reads (<= "
						+ MAX_FORM_SCHEMA_VERSION + ")");
			}
			if (!form.path("components").isArray()) {
				problems.add(file + ": no components");
			}
		});
		assertThat(problems).as("forms that break the rule").isEmpty();
	}

	@Test
	@DisplayName("every camunda:formRef in a diagram names a form in forms/")
	void everyFormRefNamesAForm() {
		Set<String> formIds = formIds();
		List<String> problems = new ArrayList<>();
		formRefs().forEach((where, ref) -> {
			if (!formIds.contains(ref)) {
				problems.add(where + ": camunda:formRef " + ref + " names no form");
			}
		});
		assertThat(problems).as("form refs that break the rule").isEmpty();
	}

	@Test
	@DisplayName("every form in forms/ is used by a diagram")
	void everyFormIsUsed() {
		Set<String> unused = formIds();
		unused.removeAll(formRefs().values());
		assertThat(unused).as("forms no camunda:formRef names").isEmpty();
	}

	@Test
	@DisplayName("every diagram opens in Camunda Modeler as a Camunda Platform 7.24 diagram")
	void everyDiagramIsMarkedForTheEngine() {
		List<String> problems = new ArrayList<>();
		diagrams.forEach((file, model) -> {
			Definitions definitions = model.getDefinitions();
			if (!"Camunda Modeler".equals(definitions.getExporter())) {
				problems.add(file + ": exporter is not \"Camunda Modeler\"");
			}
			if (!PLATFORM.equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))) {
				problems.add(file + ": modeler:executionPlatform is not \"" + PLATFORM + "\"");
			}
			if (!PLATFORM_VERSION.equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
				problems.add(file + ": modeler:executionPlatformVersion is not \"" + PLATFORM_VERSION + "\"");
			}
		});
		assertThat(problems).as("diagrams that break the rule").isEmpty();
	}

	@Test
	@DisplayName("every element of a flow is drawn (has a shape or an edge in the diagram)")
	void everyFlowElementIsDrawn() {
		List<String> problems = new ArrayList<>();
		diagrams.forEach((file, model) -> {
			for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
				// a data object is only the variable; its references on the canvas are
				// flow elements of their own
				if (!(element instanceof DataObject) && element.getDiagramElement() == null) {
					problems.add(file + ": " + describe(element) + " has no shape or edge");
				}
			}
		});
		assertThat(problems).as("elements that break the rule").isEmpty();
	}

	@Test
	@DisplayName("every process and every activity (task, call activity, sub-process) says in bpmn:documentation what it does")
	void everyActivityIsDocumented() {
		List<String> problems = new ArrayList<>();
		diagrams.forEach((file, model) -> {
			Stream
				.concat(model.getModelElementsByType(Process.class).stream(),
						model.getModelElementsByType(Activity.class).stream())
				.filter((element) -> !documented(element.getDocumentations()))
				.forEach((element) -> problems.add(file + ": " + describe(element) + " has no documentation"));
		});
		assertThat(problems).as("processes and activities that break the rule").isEmpty();
	}

	@Test
	@DisplayName("every timer set by an expression names in its documentation the duration behind it: a policy table's output or a password-center.* property")
	void everyConfiguredTimerNamesItsProperty() {
		Map<String, Class<?>> properties = ourProperties();
		List<String> problems = new ArrayList<>();
		diagrams.forEach((file, model) -> {
			for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
				Event event = (Event) timer.getParentElement();
				String when = Stream.of(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())
					.filter((e) -> e != null)
					.map(ModelElementInstance::getTextContent)
					.findFirst()
					.orElse("");
				if (!when.contains("${")) {
					continue;
				}
				// operators tune these durations: the diagram says which property, and
				// that property exists
				String documentation = event.getDocumentations()
					.stream()
					.map(Documentation::getTextContent)
					.collect(joining(" "));
				Matcher property = PROPERTY.matcher(documentation);
				Matcher table = POLICY_OUTPUT.matcher(documentation);
				if (table.find()) {
					// a policy table's duration (issue 19): the table exists and has that
					// output
					if (!policyOutputs(table.group(1)).contains(table.group(2))) {
						problems.add(file + ": " + describe(event) + " names " + table.group(1) + " output "
								+ table.group(2) + ", which that table does not have");
					}
				}
				else if (!property.find()) {
					problems.add(file + ": " + describe(event) + " (" + when
							+ ") names no password-center.* property and no policy table output");
				}
				else if (properties.get(property.group()) != Duration.class) {
					problems.add(file + ": " + describe(event) + " names " + property.group()
							+ ", which is no duration property of ours");
				}
			}
		});
		assertThat(problems).as("timers that break the rule").isEmpty();
	}

	/**
	 * Every password-center.* property (kebab-case name → type), from
	 * the @ConfigurationProperties records.
	 */
	private static Map<String, Class<?>> ourProperties() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Map<String, Class<?>> properties = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.brokerage.passwordcenter")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			addProperties(type.getAnnotation(ConfigurationProperties.class).value(), type, properties);
		}
		assertThat(properties).as("password-center.* properties found").isNotEmpty();
		return properties;
	}

	private static void addProperties(String prefix, Class<?> type, Map<String, Class<?>> properties) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
				properties.put(name, component.getType());
				addProperties(name, component.getType(), properties);
			}
		}
	}

	private static boolean documented(Collection<Documentation> documentation) {
		return documentation.stream().anyMatch((d) -> d.getTextContent() != null && !d.getTextContent().isBlank());
	}

	private static String describe(BaseElement element) {
		String name = element.getAttributeValue("name");
		return element.getElementType().getTypeName() + " " + element.getId()
				+ (name == null ? "" : " \"" + name + "\"");
	}

	private static Set<String> formIds() {
		Set<String> ids = new TreeSet<>();
		forms.values().forEach((form) -> ids.add(form.path("id").asText()));
		return ids;
	}

	/** "file: element id" → the form it names, for user tasks and start events. */
	private static Map<String, String> formRefs() {
		Map<String, String> refs = new TreeMap<>();
		diagrams.forEach((file, model) -> {
			model.getModelElementsByType(UserTask.class)
				.stream()
				.filter((task) -> task.getCamundaFormRef() != null)
				.forEach((task) -> refs.put(file + ": " + task.getId(), task.getCamundaFormRef()));
			model.getModelElementsByType(StartEvent.class)
				.stream()
				.filter((start) -> start.getCamundaFormRef() != null)
				.forEach((start) -> refs.put(file + ": " + start.getId(), start.getCamundaFormRef()));
		});
		return refs;
	}

	static List<Path> files(Path dir, String suffix) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.filter((p) -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

}
