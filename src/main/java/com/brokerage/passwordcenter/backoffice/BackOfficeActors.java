package com.brokerage.passwordcenter.backoffice;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The engine user an action is recorded against: who confirmed it, else who started it.
 */
final class BackOfficeActors {

	private BackOfficeActors() {
	}

	static String of(DelegateExecution execution) {
		Object confirmed = execution.getVariable(BackOfficeProcesses.VAR_CONFIRMED_BY);
		if (confirmed != null) {
			return confirmed.toString();
		}
		Object started = execution.getVariable(BackOfficeProcesses.VAR_STARTED_BY);
		return (started != null) ? started.toString() : "unknown";
	}

}
