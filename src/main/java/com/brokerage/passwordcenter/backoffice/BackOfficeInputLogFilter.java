package com.brokerage.passwordcenter.backoffice;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the engine from logging a {@link BackOfficeInputException} as an ERROR with a
 * stack trace (ENGINE-16004: the engine logs every failed command so, except its own "bad
 * user request" type): it is the caller's mistake, answered with 400, and
 * {@link RequiredInput} has logged one INFO line for it. Registered in
 * {@code logback-spring.xml}.
 */
public class BackOfficeInputLogFilter extends TurboFilter {

	private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
			return FilterReply.NEUTRAL;
		}
		Object last = (params != null && params.length > 0) ? params[params.length - 1] : null;
		return (isInputFailure(t) || (last instanceof Throwable thrown && isInputFailure(thrown))) ? FilterReply.DENY
				: FilterReply.NEUTRAL;
	}

	private static boolean isInputFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof BackOfficeInputException) {
				return true;
			}
		}
		return false;
	}

}
