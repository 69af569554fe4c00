package com.brokerage.passwordcenter.common;

/**
 * A process lacks data a delegate needs, typically after a diagram changed in Modeler: a
 * variable or the business key is missing or of another type. The message names the
 * variable, the activity and the process, never a value, so it may be logged and shown in
 * Cockpit as the incident message.
 */
public class ProcessDataException extends IllegalStateException {

	ProcessDataException(String message) {
		super(message);
	}

	/**
	 * How a failure may be logged: its type, and the message only if it is (or was caused
	 * by) this exception — any other message could carry input.
	 */
	public static String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProcessDataException known) {
				return failure.getClass().getName() + ": " + known.getMessage();
			}
		}
		return failure.getClass().getName();
	}

}
