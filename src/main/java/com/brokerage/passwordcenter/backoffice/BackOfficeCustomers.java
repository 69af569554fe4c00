package com.brokerage.passwordcenter.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent or a clerk may see of a customer: masked, no hash, with the lock state in
 * words.
 */
@Service
class BackOfficeCustomers {

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	BackOfficeCustomers(CustomerRepository customers, AccountRepository accounts) {
		this.customers = customers;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	Optional<Summary> describe(String customerId) {
		return this.customers.findByCustomerId(customerId).map(this::summary);
	}

	private Summary summary(Customer customer) {
		List<Map<String, String>> options = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
			.stream()
			.map((a) -> option(a.getBusinessLine().label() + " " + a.getBranchName() + " " + a.getMaskedAccountNumber(),
					String.valueOf(a.getId())))
			.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		return new Summary(customer.getId(), customer.getMaskedCustomerId(), customer.getName(), customer.isUnified(),
				loginState(customer), options);
	}

	/** Plain JDK types, so the JSON variable reads back anywhere (Cockpit, Java). */
	private static Map<String, String> option(String label, String value) {
		Map<String, String> option = new java.util.LinkedHashMap<>();
		option.put("label", label);
		option.put("value", value);
		return option;
	}

	private static String loginState(Customer customer) {
		if (!customer.isLocked()) {
			return "未鎖定 not locked (" + customer.getFailedLogins() + " failures)";
		}
		return customer.isUnlockAvailable() ? "鎖定，可解鎖一次 locked, one unlock available" : "鎖定，僅能補發 locked, reissue only";
	}

	record Summary(Long customerRef, String maskedCustomerId, String name, boolean unified, String loginState,
			List<Map<String, String>> accounts) {
	}

}
