package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * On every end event of the reissue diagrams: records the final status of the
 * application.
 */
@Component
class RecordReissueOutcomeListener implements ExecutionListener {

	private final PasswordReissue reissue;

	RecordReissueOutcomeListener(PasswordReissue reissue) {
		this.reissue = reissue;
	}

	@Override
	public void notify(DelegateExecution execution) {
		ReissueStatus status = ReissueProcess.END_EVENTS.get(execution.getCurrentActivityId());
		if (status == null) {
			throw new IllegalStateException("no status for end event " + execution.getCurrentActivityId());
		}
		this.reissue.end(ProcessVariables.businessKey(execution), status, execution.getProcessInstanceId());
	}

}
