package com.brokerage.passwordcenter.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface AuditRecordRepository extends Repository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

	AuditRecord save(AuditRecord record);

	List<AuditRecord> findByCustomerRefOrderByIdAsc(Long customerRef);

}
