package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_CheckContactsOnFile (R-REISSUE-5): sets {@code contactsOnFile}. */
@Component
class CheckContactsOnFileDelegate implements JavaDelegate {

	private final ReissueLinks links;

	CheckContactsOnFileDelegate(ReissueLinks links) {
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ReissueProcess.VAR_CONTACTS_ON_FILE,
				this.links.contactsOnFile(ProcessVariables.businessKey(execution)));
	}

}
