package com.brokerage.passwordcenter.unify;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/** On every end event of the unification diagram: records how the request ended. */
@Component
class RecordUnificationOutcomeListener implements ExecutionListener {

	private final PasswordUnification unification;

	RecordUnificationOutcomeListener(PasswordUnification unification) {
		this.unification = unification;
	}

	@Override
	public void notify(DelegateExecution execution) {
		UnificationStatus status = UnificationProcess.END_EVENTS.get(execution.getCurrentActivityId());
		if (status == null) {
			throw new IllegalStateException("no status for end event " + execution.getCurrentActivityId());
		}
		this.unification.end(ProcessVariables.businessKey(execution), status, execution.getProcessInstanceId());
	}

}
