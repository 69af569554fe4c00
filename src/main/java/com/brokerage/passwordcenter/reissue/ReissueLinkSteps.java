package com.brokerage.passwordcenter.reissue;

import java.time.Clock;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.password.KeyedHasher;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's steps of the reissue without certificate after the email
 * (R-REISSUE-6/7): open the link once, then ask for the SMS passcode. The token is
 * compared by its keyed hash only.
 */
@Service
class ReissueLinkSteps {

	private static final Logger log = LoggerFactory.getLogger(ReissueLinkSteps.class);

	private final ReissueApplicationRepository applications;

	private final ReissueJourney journey;

	private final CustomerRepository customers;

	private final KeyedHasher hasher;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final AuditTrail audit;

	private final Clock clock;

	ReissueLinkSteps(ReissueApplicationRepository applications, ReissueJourney journey, CustomerRepository customers,
			KeyedHasher hasher, RuntimeService runtime, TaskService tasks, ManagementService management,
			AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.journey = journey;
		this.customers = customers;
		this.hasher = hasher;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the link, once: the waiting process hears {@code Message_LinkOpened}. A
	 * malformed, unknown or cancelled link gets one answer (LINK_INVALID); a real link
	 * says whether it expired or was used.
	 * @return the application id
	 */
	@Transactional
	String open(String token) {
		if (!LinkToken.isWellFormed(token)) {
			throw new ApiException(ErrorCode.LINK_INVALID);
		}
		ReissueApplication application = this.applications.findByLinkTokenHashForUpdate(this.hasher.hash(token))
			.orElseThrow(() -> new ApiException(ErrorCode.LINK_INVALID));
		String id = application.getId();
		if (application.getLinkOpenedAt() != null) {
			log.info("reissue {}: link opened again, refused", id);
			throw new ApiException(ErrorCode.LINK_USED);
		}
		if (application.getStatus() == ReissueStatus.LINK_EXPIRED
				|| (application.isOpen() && linkTimerDue(application))) {
			throw new ApiException(ErrorCode.LINK_EXPIRED);
		}
		if (!application.isOpen()) {
			throw new ApiException(ErrorCode.LINK_INVALID);
		}
		application.markLinkOpened(this.clock.instant());
		this.runtime.createMessageCorrelation(ReissueProcess.MESSAGE_LINK_OPENED)
			.processInstanceBusinessKey(id)
			.correlate();
		audit(application, AuditAction.REISSUE_VERIFY, "LINK_OPENED");
		log.info("reissue {}: link opened", id);
		return id;
	}

	/** R-REISSUE-7: "get temporary passcode"; the passcode process sends the SMS. */
	@Transactional
	void requestPasscode(String applicationId) {
		ReissueApplication application = this.journey.findOpenForUpdate(applicationId);
		Task task = this.journey.expect(application, ReissueStep.REQUEST_PASSCODE);
		this.tasks.complete(task.getId());
		audit(application, AuditAction.PASSCODE_SEND, "REQUESTED");
	}

	/**
	 * The timer may be due while the job executor has not yet fired it: the link is
	 * expired all the same.
	 */
	private boolean linkTimerDue(ReissueApplication application) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(application.getId())
			.processDefinitionKey(ReissueProcess.WITHOUT_CERTIFICATE)
			.singleResult();
		if (instance == null) {
			return false;
		}
		Job timer = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReissueProcess.TIMER_LINK_EXPIRED)
			.singleResult();
		return timer != null && !timer.getDuedate().toInstant().isAfter(this.clock.instant());
	}

	private void audit(ReissueApplication application, AuditAction action, String outcome) {
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		this.audit
			.record(AuditEntry.by(ActorType.CUSTOMER, customer.getMaskedCustomerId(), action, Channel.WEB, outcome)
				.customer(customer.getId(), customer.getMaskedCustomerId())
				.detail("application " + application.getId()));
	}

}
