package com.brokerage.passwordcenter.unify;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UnificationApplicationRepository extends Repository<UnificationApplication, String> {

	Optional<UnificationApplication> findById(String id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UnificationApplication a where a.id = :id")
	Optional<UnificationApplication> findForUpdate(@Param("id") String id);

	Optional<UnificationApplication> findFirstByCustomerRefAndStatusOrderByStartedAtDesc(Long customerRef,
			UnificationStatus status);

	UnificationApplication save(UnificationApplication application);

}
