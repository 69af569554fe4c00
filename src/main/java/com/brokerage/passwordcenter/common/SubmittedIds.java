package com.brokerage.passwordcenter.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list of ids as a form really submits it. Tasklist's form-js sends a checklist as a
 * JSON array of its option values, typed like the variable its options came from (an
 * {@code Object} naming {@code ArrayList<LinkedHashMap>}, which Jackson cannot turn into
 * those types), as {@code Json}, or the engine API gets a Java list; a single id may come
 * as a number or a string. The serialized text is read as JSON, whatever class it names.
 */
final class SubmittedIds {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SubmittedIds() {
	}

	/** The ids, or a reason (without the value) why this is not a list of ids. */
	static Result read(TypedValue typed) {
		if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
			if (!isJson(serializable.getSerializationDataFormat())) {
				return Result.failed("a " + typed.getType().getName() + " serialized as "
						+ serializable.getSerializationDataFormat() + ", not JSON");
			}
			return fromJson(serializable.getValueSerialized());
		}
		if (typed == null || typed.getValue() == null) {
			return Result.of(List.of());
		}
		Object value = typed.getValue();
		if (value instanceof Collection<?> collection) {
			return fromElements(new ArrayList<>(collection));
		}
		if (value instanceof String text) {
			return text.strip().startsWith("[") ? fromJson(text) : fromElements(List.of(text));
		}
		if (value instanceof SpinJsonNode node) {
			return fromJson(node.toString());
		}
		if (value instanceof Number) {
			return fromElements(List.of(value));
		}
		return Result.failed("a " + value.getClass().getName());
	}

	private static boolean isJson(String format) {
		return format == null || format.equals(Variables.SerializationDataFormats.JSON.getName());
	}

	private static Result fromJson(String json) {
		if (json == null || json.isBlank()) {
			return Result.of(List.of());
		}
		try {
			JsonNode node = JSON.readTree(json);
			if (node.isNull()) {
				return Result.of(List.of());
			}
			if (!node.isArray()) {
				return Result.failed("JSON " + node.getNodeType().name().toLowerCase() + ", not an array");
			}
			List<Object> elements = new ArrayList<>();
			for (JsonNode element : node) {
				elements.add(element.isIntegralNumber() ? element.longValue()
						: element.isTextual() ? element.textValue() : element);
			}
			return fromElements(elements);
		}
		catch (JsonProcessingException ex) {
			return Result.failed("text that is not JSON");
		}
	}

	private static Result fromElements(List<?> elements) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			Optional<Long> id = id(elements.get(i));
			if (id.isEmpty()) {
				return Result.failed("a list whose element " + (i + 1) + " is not an id");
			}
			ids.add(id.get());
		}
		return Result.of(List.copyOf(ids));
	}

	private static Optional<Long> id(Object element) {
		if (element instanceof Long || element instanceof Integer || element instanceof Short) {
			return Optional.of(((Number) element).longValue());
		}
		if (element instanceof String text && text.strip().matches("\\d{1,18}")) {
			return Optional.of(Long.valueOf(text.strip()));
		}
		return Optional.empty();
	}

	record Result(List<Long> ids, String failure) {

		static Result of(List<Long> ids) {
			return new Result(ids, null);
		}

		static Result failed(String what) {
			return new Result(null, what);
		}

	}

}
