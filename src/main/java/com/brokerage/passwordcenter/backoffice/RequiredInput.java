package com.brokerage.passwordcenter.backoffice;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input a back-office call must carry: its variable, its type, whether it may be
 * absent. A violation is an {@link InvalidRequestException}, which the engine's REST API
 * (and Tasklist's, the same resources) answers with 400 and the message; the message
 * names the variable and the types, never the value.
 */
record RequiredInput(String name, Class<?> type, boolean required, String meaning) {

	private static final Logger log = LoggerFactory.getLogger(RequiredInput.class);

	static RequiredInput text(String name, String meaning) {
		return new RequiredInput(name, String.class, true, meaning);
	}

	static RequiredInput optionalText(String name) {
		return new RequiredInput(name, String.class, false, null);
	}

	static RequiredInput flag(String name) {
		return new RequiredInput(name, Boolean.class, true, "a checkbox of the form, true or false");
	}

	static RequiredInput optionalFlag(String name) {
		return new RequiredInput(name, Boolean.class, false, null);
	}

	/**
	 * @param where what is being done, for the message: "starting phone-unlock"
	 */
	void check(VariableScope variables, String where) {
		Object value = variables.getVariable(this.name);
		if (value == null || (value instanceof String text && text.isBlank())) {
			if (this.required) {
				throw refused("Variable '%s' (%s, a %s) is required for %s".formatted(this.name, this.meaning,
						this.type.getSimpleName(), where));
			}
			return;
		}
		if (!this.type.isInstance(value)) {
			throw refused("Variable '%s' must be a %s, not a %s, for %s".formatted(this.name, this.type.getSimpleName(),
					value.getClass().getSimpleName(), where));
		}
	}

	private static BackOfficeInputException refused(String message) {
		log.info("back-office call refused (400): {}", message);
		return new BackOfficeInputException(message);
	}

}
