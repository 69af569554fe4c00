package com.brokerage.passwordcenter.passcode;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PasscodeRepository extends Repository<Passcode, String> {

	Optional<Passcode> findByApplicationId(String applicationId);

	/** Entries are counted one by one, so parallel guesses cannot exceed the limit. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Passcode p where p.applicationId = :id")
	Optional<Passcode> findForUpdate(@Param("id") String applicationId);

	Passcode save(Passcode passcode);

}
