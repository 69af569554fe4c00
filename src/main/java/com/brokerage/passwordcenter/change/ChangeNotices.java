package com.brokerage.passwordcenter.change;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/password-change.bpmn} inside the transaction that changed the
 * password: the notice exists exactly when the change was committed, and its sending is a
 * retried job (then an incident), never lost.
 */
@Component
class ChangeNotices {

	private final RuntimeService runtime;

	ChangeNotices(RuntimeService runtime) {
		this.runtime = runtime;
	}

	void passwordChanged(Long customerRef) {
		this.runtime.startProcessInstanceByKey(ChangeNoticeProcess.PROCESS_ID, UUID.randomUUID().toString(),
				Map.of(ChangeNoticeProcess.VAR_CUSTOMER_REF, customerRef));
	}

}
