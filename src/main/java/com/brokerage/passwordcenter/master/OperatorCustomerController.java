package com.brokerage.passwordcenter.master;

import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The day-to-day update from the customer master, one customer at a time: mobile, email
 * and accounts (added, or their branch name updated; never removed), with the same checks
 * as the import and an audit record naming the operator. Password hashes cannot be set
 * here.
 */
@RestController
class OperatorCustomerController {

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final MasterRowValidator validator;

	private final MasterDataWriter writer;

	OperatorCustomerController(CustomerRepository customers, AccountRepository accounts, MasterRowValidator validator,
			MasterDataWriter writer) {
		this.customers = customers;
		this.accounts = accounts;
		this.validator = validator;
		this.writer = writer;
	}

	@Operation(summary = "Operators: update one customer's mobile, email and accounts from the master"
			+ " (HTTP Basic, group camunda-admin)")
	@PutMapping("/api/v1/operator/customers/{customerId}")
	MasterUpdateResult update(@PathVariable String customerId, @RequestBody MasterUpdate update, Principal operator) {
		String id = TaiwanIds.normalize(customerId);
		if (!TaiwanIds.isValidCustomerId(id)) {
			throw new ApiException(ErrorCode.INVALID_NATIONAL_ID, "customerId");
		}
		Customer customer = this.customers.findByCustomerId(id)
			.orElseThrow(() -> new ApiException(ErrorCode.CUSTOMER_NOT_FOUND, "customerId"));
		List<SourceRow.SourceAccount> accounts = (update.accounts() != null)
				? update.accounts().stream().map(MasterUpdate.AccountUpdate::source).toList()
				: this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
					.stream()
					.map((held) -> new SourceRow.SourceAccount(held.getBusinessLine().name(), held.getBranchCode(),
							held.getBranchName(), held.getAccountNumber(), null, null))
					.toList();
		SourceRow row = new SourceRow(0, id, customer.getBirthDate().format(DateTimeFormatter.BASIC_ISO_DATE),
				customer.getName(), customer.isUnified() ? "Y" : "N", update.mobile(), update.email(), accounts, null);
		MasterRowValidator.Result checked = this.validator.check(row);
		if (!checked.isAccepted()) {
			throw new ApiException(ErrorCode.FIELD_INVALID, checked.refusals().get(0).field());
		}
		try {
			MasterDataWriter.Change change = this.writer.update(checked.customer(), operator.getName())
				.orElseThrow(() -> new ApiException(ErrorCode.CUSTOMER_NOT_FOUND, "customerId"));
			return new MasterUpdateResult(customer.getId(), customer.getMaskedCustomerId(), change.name());
		}
		catch (RowRefusedException ex) {
			throw new ApiException(ErrorCode.ACCOUNT_OF_ANOTHER_CUSTOMER, ex.field());
		}
	}

	/**
	 * What the master holds now; {@code null} mobile or email: not on file. Without
	 * {@code accounts} the accounts stay as they are.
	 */
	record MasterUpdate(String mobile, String email, List<AccountUpdate> accounts) {

		record AccountUpdate(String businessLine, String branchCode, String branchName, String accountNumber) {

			SourceRow.SourceAccount source() {
				return new SourceRow.SourceAccount(this.businessLine, this.branchCode, this.branchName,
						this.accountNumber, null, null);
			}

		}

	}

	record MasterUpdateResult(Long customerRef, String subject, String outcome) {
	}

}
