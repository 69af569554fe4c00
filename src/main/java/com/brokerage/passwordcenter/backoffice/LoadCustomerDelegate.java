package com.brokerage.passwordcenter.backoffice;

import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.common.ProcessVariables;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Task_LoadCustomer of every back-office diagram: looks the customer up by the typed ID
 * and gives the next form what it shows (masked data, lock state, accounts). An unknown
 * ID is a business outcome the diagram routes.
 */
@Component
class LoadCustomerDelegate implements JavaDelegate {

	private final BackOfficeCustomers customers;

	LoadCustomerDelegate(BackOfficeCustomers customers) {
		this.customers = customers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String typed = TaiwanIds
			.normalize(ProcessVariables.required(execution, BackOfficeProcesses.VAR_NATIONAL_ID, String.class));
		BackOfficeCustomers.Summary summary = this.customers.describe(typed)
			.orElseThrow(() -> new BpmnError(BackOfficeProcesses.ERROR_CUSTOMER_NOT_FOUND, "no customer with this ID"));
		execution.setVariable(BackOfficeProcesses.VAR_CUSTOMER_REF, summary.customerRef());
		execution.setVariable(BackOfficeProcesses.VAR_MASKED_ID, summary.maskedCustomerId());
		execution.setVariable(BackOfficeProcesses.VAR_CUSTOMER_NAME, summary.name());
		execution.setVariable(BackOfficeProcesses.VAR_UNIFIED, summary.unified());
		execution.setVariable(BackOfficeProcesses.VAR_LOGIN_STATE, summary.loginState());
		List<Map<String, String>> options = summary.accounts();
		// JSON, so Tasklist's form-js can offer them as a checklist
		execution.setVariable(BackOfficeProcesses.VAR_ACCOUNT_OPTIONS,
				Variables.objectValue(options)
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create());
	}

}
