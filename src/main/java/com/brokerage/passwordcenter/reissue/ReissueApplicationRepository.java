package com.brokerage.passwordcenter.reissue;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ReissueApplicationRepository extends Repository<ReissueApplication, String> {

	Optional<ReissueApplication> findById(String id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReissueApplication a where a.id = :id")
	Optional<ReissueApplication> findForUpdate(@Param("id") String id);

	Optional<ReissueApplication> findByLinkTokenHash(String linkTokenHash);

	/** Locked, so two parallel opens of one link cannot both succeed. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReissueApplication a where a.linkTokenHash = :hash")
	Optional<ReissueApplication> findByLinkTokenHashForUpdate(@Param("hash") String linkTokenHash);

	ReissueApplication save(ReissueApplication application);

}
