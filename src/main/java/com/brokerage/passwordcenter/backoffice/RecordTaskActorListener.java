package com.brokerage.passwordcenter.backoffice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * On completing a back-office task: remembers who did it (the Tasklist user, else the
 * assignee) for the audit record of R-OPS-4.
 */
@Component
class RecordTaskActorListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = (current != null) ? current.getUserId() : task.getAssignee();
		task.setVariable(BackOfficeProcesses.VAR_CONFIRMED_BY, actor);
	}

}
