package com.brokerage.passwordcenter.reissue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import com.brokerage.passwordcenter.passcode.PasscodeService;
import com.brokerage.passwordcenter.reissue.ReissueView.AccountChoice;
import com.brokerage.passwordcenter.reissue.ReissueView.Contacts;
import com.brokerage.passwordcenter.reissue.ReissueView.PasscodeView;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an application and moves it a step: each call checks that the process waits in
 * the matching user task (else 409), applies the customer's input outside the engine, and
 * completes the task with non-secret variables.
 */
@Service
class ReissueJourney {

	/** R-REISSUE-5 names four business lines for the reissue without certificate. */
	static final Set<BusinessLine> LINES_WITHOUT_CERTIFICATE = EnumSet.of(BusinessLine.SECURITIES, BusinessLine.FUTURES,
			BusinessLine.SUB_BROKERAGE, BusinessLine.WEALTH_MANAGEMENT);

	private final ReissueApplicationRepository applications;

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final PasscodeService passcodes;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ReissueDelays delays;

	ReissueJourney(ReissueApplicationRepository applications, CustomerRepository customers, AccountRepository accounts,
			PasscodeService passcodes, TaskService tasks, RuntimeService runtime, ReissueDelays delays) {
		this.runtime = runtime;
		this.delays = delays;
		this.applications = applications;
		this.customers = customers;
		this.accounts = accounts;
		this.passcodes = passcodes;
		this.tasks = tasks;
	}

	@Transactional(readOnly = true)
	ReissueView view(String applicationId) {
		ReissueApplication application = find(applicationId);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		ReissueStep step = currentStep(application);
		List<AccountChoice> choices = eligibleAccounts(application, customer).stream()
			.map((a) -> new AccountChoice(a.getId(), a.getBusinessLine().name(), a.getBusinessLine().label(),
					a.getBranchCode(), a.getBranchName(), a.getMaskedAccountNumber()))
			.toList();
		PasscodeView passcode = this.passcodes.status(applicationId)
			.filter((p) -> step == ReissueStep.ENTER_PASSCODE || step == ReissueStep.PROCESSING)
			.map((p) -> new PasscodeView(p.channel(), p.secondsUntilResend(), p.secondsUntilExpiry(), p.attemptsLeft()))
			.orElse(null);
		return new ReissueView(application.getId(), application.getPath(), application.getStatus(), step, choices,
				new Contacts(Masking.mobile(customer.getMobile()), Masking.email(customer.getEmail())),
				application.getAccountRef(), application.getPasscodeChannel(), passcode, null,
				this.delays.of(applicationId, step).orElse(null));
	}

	/**
	 * R-REISSUE-4/5: one of the customer's own accounts (four business lines without
	 * certificate).
	 */
	@Transactional
	void chooseAccount(String applicationId, Long accountId) {
		ReissueApplication application = findOpenForUpdate(applicationId);
		Task task = expect(application, ReissueStep.CHOOSE_ACCOUNT);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		boolean eligible = eligibleAccounts(application, customer).stream()
			.anyMatch((account) -> account.getId().equals(accountId));
		if (!eligible) {
			throw new ApiException(ErrorCode.ACCOUNT_NOT_ELIGIBLE, "accountId");
		}
		application.chooseAccount(accountId);
		this.tasks.complete(task.getId(), Map.of("accountId", accountId));
	}

	/** R-REISSUE-4: one channel, and only one the customer has on file. */
	@Transactional
	void chooseChannel(String applicationId, PasscodeChannel channel) {
		ReissueApplication application = findOpenForUpdate(applicationId);
		Task task = expect(application, ReissueStep.CHOOSE_CHANNEL);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		String destination = channel == PasscodeChannel.SMS ? customer.getMobile() : customer.getEmail();
		if (destination == null) {
			throw new ApiException(ErrorCode.CHANNEL_NOT_ON_FILE, "channel");
		}
		application.choosePasscodeChannel(channel);
		this.tasks.complete(task.getId(), Map.of("passcodeChannel", channel.name()));
	}

	@Transactional
	void cancel(String applicationId) {
		findOpenForUpdate(applicationId);
		this.runtime.createMessageCorrelation(ReissueProcess.MESSAGE_CANCEL)
			.processInstanceBusinessKey(applicationId)
			.correlate();
	}

	List<Account> eligibleAccounts(ReissueApplication application, Customer customer) {
		List<Account> all = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId());
		if (application.getPath() == ReissuePath.WITHOUT_CERTIFICATE) {
			return all.stream().filter((a) -> LINES_WITHOUT_CERTIFICATE.contains(a.getBusinessLine())).toList();
		}
		return all;
	}

	ReissueApplication find(String applicationId) {
		return this.applications.findById(applicationId)
			.orElseThrow(() -> new ApiException(ErrorCode.REISSUE_NOT_FOUND));
	}

	ReissueApplication findOpenForUpdate(String applicationId) {
		ReissueApplication application = this.applications.findForUpdate(applicationId)
			.orElseThrow(() -> new ApiException(ErrorCode.REISSUE_NOT_FOUND));
		if (!application.isOpen()) {
			// the customer reads what ended it, never the status name
			throw new ApiException(ErrorCode.REISSUE_ENDED, null,
					new DefaultMessageSourceResolvable("page.reissue.status." + application.getStatus().name()));
		}
		return application;
	}

	/**
	 * The user task the step needs, or 409 naming the step the application is really at.
	 */
	Task expect(ReissueApplication application, ReissueStep expected) {
		Task task = activeTask(application.getId());
		ReissueStep actual = stepOf(application, task);
		if (actual != expected) {
			throw new ApiException(ErrorCode.REISSUE_STEP_CONFLICT, null, actual.name());
		}
		return task;
	}

	ReissueStep currentStep(ReissueApplication application) {
		return stepOf(application, activeTask(application.getId()));
	}

	private ReissueStep stepOf(ReissueApplication application, Task task) {
		if (!application.isOpen()) {
			return ReissueStep.ENDED;
		}
		if (task == null) {
			return application.getPath() == ReissuePath.WITHOUT_CERTIFICATE && application.getLinkOpenedAt() == null
					? ReissueStep.WAITING_FOR_LINK : ReissueStep.PROCESSING;
		}
		return ReissueStep.BY_TASK.getOrDefault(task.getTaskDefinitionKey(), ReissueStep.PROCESSING);
	}

	private Task activeTask(String applicationId) {
		List<Task> active = this.tasks.createTaskQuery().processInstanceBusinessKey(applicationId).active().list();
		return active.isEmpty() ? null : active.get(0);
	}

}
