package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_SendLinkEmail (R-REISSUE-6): a failure propagates, so the job is retried (with a
 * new token) and then becomes an incident.
 */
@Component
class SendReissueLinkDelegate implements JavaDelegate {

	private final ReissueLinks links;

	SendReissueLinkDelegate(ReissueLinks links) {
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.links.sendLink(ProcessVariables.businessKey(execution), execution.getProcessInstanceId(),
				CustomerLanguage.of(execution));
	}

}
