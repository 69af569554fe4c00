package com.brokerage.passwordcenter.change;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.reissue.PasswordChangedNotice;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/password-change.bpmn} inside the transaction that changed the
 * password: the notice exists exactly when the change was committed, and its sending is a
 * retried job per channel (then an incident), never lost. The instance carries what
 * changed, when, and the customer's language.
 */
@Component
class ChangeNotices {

	private final RuntimeService runtime;

	ChangeNotices(RuntimeService runtime) {
		this.runtime = runtime;
	}

	void passwordChanged(Long customerRef, Set<ChangedPassword> changed, Instant changedAt) {
		Map<String, Object> variables = new HashMap<>(PasswordChangedNotice.variables(customerRef, changed, changedAt));
		variables.put(CustomerLanguage.VAR_LOCALE, CustomerLanguage.ofRequest());
		this.runtime.startProcessInstanceByKey(ChangeNoticeProcess.PROCESS_ID, UUID.randomUUID().toString(), variables);
	}

}
