package com.brokerage.passwordcenter.common;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What delegates read from their process. A diagram is edited by analysts, so a variable
 * a delegate needs may be gone: then the job fails with a {@link ProcessDataException}
 * naming what is missing and where (async tasks retry and become an incident), instead of
 * a NullPointerException or a silent default.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	/** The variable, present, not null and of this type. */
	public static <T> T required(DelegateExecution execution, String name, Class<T> type) {
		return optional(execution, name, type).orElseThrow(() -> missing(execution, "Process variable '" + name + "'"));
	}

	/**
	 * The variable if set; empty if absent or null. A value of another type still fails.
	 */
	public static <T> Optional<T> optional(DelegateExecution execution, String name, Class<T> type) {
		Object value = execution.getVariable(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!type.isInstance(value)) {
			throw new ProcessDataException("Process variable '%s' in activity '%s' of %s is a %s, not a %s".formatted(
					name, execution.getCurrentActivityId(), process(execution), value.getClass().getName(),
					type.getName()));
		}
		return Optional.of(type.cast(value));
	}

	/**
	 * A list of ids as a form submits it (a form-js checklist from Tasklist: a JSON array
	 * of strings, typed Object or Json; a Java list; one id); empty if absent or null. A
	 * value that is not such a list fails, naming the variable, never its value.
	 */
	public static List<Long> ids(DelegateExecution execution, String name) {
		SubmittedIds.Result read = SubmittedIds.read(execution.getVariableTyped(name, false));
		if (read.failure() != null) {
			throw new ProcessDataException(
					"Process variable '%s' in activity '%s' of %s is %s: a list of ids was expected (a JSON array of numbers or digit strings)"
						.formatted(name, execution.getCurrentActivityId(), process(execution), read.failure()));
		}
		return read.ids();
	}

	/** The business key: the application id every journey is started with. */
	public static String businessKey(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null || key.isEmpty()) {
			throw missing(execution, "The business key (application id)");
		}
		return key;
	}

	/** For what a delegate needs but cannot read with the methods above. */
	public static ProcessDataException missing(DelegateExecution execution, String what) {
		return new ProcessDataException("%s is missing in activity '%s' of %s".formatted(what,
				execution.getCurrentActivityId(), process(execution)));
	}

	private static String process(DelegateExecution execution) {
		if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
			ProcessDefinition definition = entity.getProcessDefinition();
			return "process '%s' version %d".formatted(definition.getKey(), definition.getVersion());
		}
		return "process definition '" + execution.getProcessDefinitionId() + "'";
	}

}
