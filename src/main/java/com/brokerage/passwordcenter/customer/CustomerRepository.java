package com.brokerage.passwordcenter.customer;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

public interface CustomerRepository extends Repository<Customer, Long> {

	Optional<Customer> findByCustomerId(String customerId);

	Optional<Customer> findById(Long id);

	/**
	 * Row lock for the short read-modify-write of the login state, so parallel attempts
	 * count one by one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.id = :id")
	Optional<Customer> findByIdForUpdate(@Param("id") Long id);

	boolean existsByCustomerId(String customerId);

	Customer save(Customer customer);

}
