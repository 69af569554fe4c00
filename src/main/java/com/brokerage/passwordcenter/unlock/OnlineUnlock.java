package com.brokerage.passwordcenter.unlock;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.brokerage.passwordcenter.certificate.DeviceCertificateVerifier;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-UNLOCK-1..4: gathers what the diagram decides on (certificate of the typed ID,
 * identity, the customer) and runs {@code bpmn/unlock.bpmn}, which ends at once at the
 * end event of its outcome.
 */
@Service
class OnlineUnlock {

	private final CustomerRepository customers;

	private final DeviceCertificateVerifier certificates;

	private final RuntimeService runtime;

	private final BusinessMetrics metrics;

	OnlineUnlock(CustomerRepository customers, DeviceCertificateVerifier certificates, RuntimeService runtime,
			BusinessMetrics metrics) {
		this.customers = customers;
		this.certificates = certificates;
		this.runtime = runtime;
		this.metrics = metrics;
	}

	@Transactional
	UnlockEligibility request(String customerId, LocalDate birthDate, X509Certificate[] presented) {
		Optional<Customer> customer = this.customers.findByCustomerId(customerId);
		Map<String, Object> variables = new HashMap<>();
		variables.put(UnlockProcess.VAR_CERTIFICATE_VALID, this.certificates.check(presented, customerId).valid());
		variables.put(UnlockProcess.VAR_CUSTOMER_REF, customer.map(Customer::getId).orElse(null));
		variables.put(UnlockProcess.VAR_IDENTITY_MATCHED,
				customer.map((c) -> c.matchesBirthDate(birthDate)).orElse(false));
		ProcessInstanceWithVariables instance = this.runtime.createProcessInstanceByKey(UnlockProcess.PROCESS_ID)
			.businessKey(UUID.randomUUID().toString())
			.setVariables(variables)
			.executeWithVariablesInReturn();
		UnlockEligibility eligibility = UnlockEligibility
			.valueOf((String) instance.getVariables().get(UnlockProcess.VAR_ELIGIBILITY));
		// the diagram runs to its end in this call: started and ended together
		this.metrics.journeyStarted(UnlockProcess.PROCESS_ID);
		this.metrics.journeyEnded(UnlockProcess.PROCESS_ID, (eligibility == UnlockEligibility.ELIGIBLE)
				? BusinessMetrics.Ending.COMPLETED : BusinessMetrics.Ending.STOPPED, eligibility.name());
		return eligibility;
	}

}
