package com.brokerage.passwordcenter.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	List<Account> findByCustomer_IdOrderByIdAsc(Long customerId);

	Optional<Account> findById(Long id);

	Optional<Account> findByBusinessLineAndBranchCodeAndAccountNumber(BusinessLine businessLine, String branchCode,
			String accountNumber);

	Account save(Account account);

}
