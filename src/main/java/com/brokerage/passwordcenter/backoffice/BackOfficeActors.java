package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The engine user an action is recorded against: who confirmed it, else who started it.
 */
final class BackOfficeActors {

	private BackOfficeActors() {
	}

	/**
	 * R-OPS-4 needs a name: without one (a diagram that lost its
	 * {@code camunda:initiator}) the task fails instead of recording "unknown".
	 */
	static String of(DelegateExecution execution) {
		return ProcessVariables.optional(execution, BackOfficeProcesses.VAR_CONFIRMED_BY, String.class)
			.orElseGet(() -> ProcessVariables.required(execution, BackOfficeProcesses.VAR_STARTED_BY, String.class));
	}

}
