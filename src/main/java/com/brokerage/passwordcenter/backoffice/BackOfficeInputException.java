package com.brokerage.passwordcenter.backoffice;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A back-office call without the data its form would send. An
 * {@link InvalidRequestException}, because that is what the engine's REST resources (and
 * Tasklist's, the same) pass on with its own status, 400 — an engine exception would
 * become a 500 there. The message names the variable and types, never a value.
 */
class BackOfficeInputException extends InvalidRequestException {

	BackOfficeInputException(String message) {
		super(Status.BAD_REQUEST, message);
	}

}
