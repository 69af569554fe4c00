package com.brokerage.passwordcenter.change;

import java.time.Clock;

import com.brokerage.passwordcenter.common.ProcessVariables;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.reissue.PasswordChangedNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_NotifyPasswordChanged of the change notice: a failure propagates, the job is
 * retried, then an incident.
 */
@Component
class NotifyCustomerOfChangeDelegate implements JavaDelegate {

	private final CustomerRepository customers;

	private final PasswordChangedNotifier notifier;

	private final Clock clock;

	NotifyCustomerOfChangeDelegate(CustomerRepository customers, PasswordChangedNotifier notifier, Clock clock) {
		this.customers = customers;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long customerRef = ProcessVariables.required(execution, ChangeNoticeProcess.VAR_CUSTOMER_REF, Long.class);
		Customer customer = this.customers.findById(customerRef).orElseThrow();
		this.notifier.passwordChanged(customer.getName(), customer.getMobile(), customer.getEmail(),
				this.clock.instant());
	}

}
