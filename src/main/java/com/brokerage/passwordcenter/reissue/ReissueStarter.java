package com.brokerage.passwordcenter.reissue;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.certificate.CertificateCheck;
import com.brokerage.passwordcenter.certificate.DeviceCertificateVerifier;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 1 of every online reissue (R-REISSUE-1..3): within the daily limit, ID and birth
 * date must match, then the device certificate decides the path and the matching process
 * starts with the application id as business key.
 */
@Service
class ReissueStarter {

	private static final Logger log = LoggerFactory.getLogger(ReissueStarter.class);

	private final ReissueDailyLimit dailyLimit;

	private final CustomerRepository customers;

	private final ReissueApplicationRepository applications;

	private final DeviceCertificateVerifier certificates;

	private final RuntimeService runtime;

	private final AuditTrail audit;

	private final BusinessMetrics metrics;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ReissueStarter(ReissueDailyLimit dailyLimit, CustomerRepository customers,
			ReissueApplicationRepository applications, DeviceCertificateVerifier certificates, RuntimeService runtime,
			AuditTrail audit, BusinessMetrics metrics, Clock clock, PlatformTransactionManager transactions) {
		this.dailyLimit = dailyLimit;
		this.customers = customers;
		this.applications = applications;
		this.certificates = certificates;
		this.runtime = runtime;
		this.audit = audit;
		this.metrics = metrics;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Not transactional itself: the daily count commits on its own, whatever happens
	 * next. {@code answer} reads the started application in the transaction that started
	 * it.
	 */
	<T> T start(String customerId, LocalDate birthDate, X509Certificate[] presented,
			Function<ReissueApplication, T> answer) {
		ReissueDailyLimit.Answer daily = this.dailyLimit.tryTake(customerId);
		if (!daily.taken()) {
			log.info("reissue refused: daily limit reached for {}", Masking.customerId(customerId));
			this.metrics.dailyLimitRefusal();
			throw new ApiException(ErrorCode.REISSUE_DAILY_LIMIT_REACHED, null, daily.limit());
		}
		return this.transaction.execute((status) -> answer.apply(startMatched(customerId, birthDate, presented)));
	}

	private ReissueApplication startMatched(String customerId, LocalDate birthDate, X509Certificate[] presented) {
		Optional<Customer> found = this.customers.findByCustomerId(customerId)
			.filter((customer) -> customer.matchesBirthDate(birthDate));
		if (found.isEmpty()) {
			// one answer for an unknown ID and a wrong birth date
			this.audit.record(
					AuditEntry
						.by(ActorType.CUSTOMER, Masking.customerId(customerId), AuditAction.REISSUE_APPLY, Channel.WEB,
								"IDENTITY_MISMATCH")
						.customer(null, Masking.customerId(customerId)));
			throw new ApiException(ErrorCode.IDENTITY_MISMATCH);
		}
		Customer customer = found.get();
		CertificateCheck certificate = this.certificates.check(presented, customerId);
		ReissuePath path = certificate.valid() ? ReissuePath.WITH_CERTIFICATE : ReissuePath.WITHOUT_CERTIFICATE;
		String id = UUID.randomUUID().toString();
		ReissueApplication application = this.applications
			.save(new ReissueApplication(id, customer.getId(), path, this.clock.instant(), this.dailyLimit.today()));
		String processInstanceId = this.runtime
			.startProcessInstanceByKey(path.processId(), id, Map.of(ReissueProcess.VAR_APPLICATION_ID, id,
					CustomerLanguage.VAR_LOCALE, CustomerLanguage.ofRequest()))
			.getProcessInstanceId();
		this.audit.record(AuditEntry
			.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), AuditAction.REISSUE_APPLY, Channel.WEB, path.name())
			.customer(customer.getId(), customer.getMaskedCustomerId())
			.processInstance(processInstanceId)
			.detail("certificate " + certificate.status()));
		this.metrics.journeyStarted(path.processId());
		log.info("reissue {} started for {}: {} (certificate {})", id, customer.getMaskedCustomerId(), path,
				certificate.status());
		return application;
	}

}
