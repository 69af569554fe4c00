package com.brokerage.passwordcenter.reissue;

import java.util.List;
import java.util.Map;

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
import com.brokerage.passwordcenter.policy.PasscodeChannelsPolicy;
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

	private final ReissueApplicationRepository applications;

	private final CustomerRepository customers;

	private final AccountRepository accounts;

	private final PasscodeService passcodes;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ReissueDelays delays;

	private final PasscodeChannelsPolicy channels;

	ReissueJourney(ReissueApplicationRepository applications, CustomerRepository customers, AccountRepository accounts,
			PasscodeService passcodes, TaskService tasks, RuntimeService runtime, ReissueDelays delays,
			PasscodeChannelsPolicy channels) {
		this.channels = channels;
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
		return view(find(applicationId), true);
	}

	/**
	 * A step's answer, read after the step has committed. A step's answer looks for no
	 * delay: a job the step itself just made cannot be late yet, and a status request
	 * finds any delay later.
	 */
	@Transactional(readOnly = true)
	ReissueView answer(String applicationId) {
		return view(find(applicationId), false);
	}

	/** Step 1's answer, in the transaction that started the application. */
	ReissueView answerStarted(ReissueApplication application) {
		return view(application, false);
	}

	private ReissueView view(ReissueApplication application, boolean withDelay) {
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		return view(application, customer, eligibleAccounts(application, customer), withDelay);
	}

	private ReissueView view(ReissueApplication application, Customer customer, List<Account> eligible,
			boolean withDelay) {
		String applicationId = application.getId();
		ReissueStep step = currentStep(application);
		List<AccountChoice> choices = eligible.stream()
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
				withDelay ? this.delays.of(applicationId, step).orElse(null) : null);
	}

	/**
	 * R-REISSUE-4/5: one of the customer's own accounts (four business lines without
	 * certificate).
	 */
	@Transactional
	ReissueView chooseAccount(String applicationId, Long accountId) {
		ReissueApplication application = findOpenForUpdate(applicationId);
		Task task = expect(application, ReissueStep.CHOOSE_ACCOUNT);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		List<Account> eligible = eligibleAccounts(application, customer);
		if (eligible.stream().noneMatch((account) -> account.getId().equals(accountId))) {
			throw new ApiException(ErrorCode.ACCOUNT_NOT_ELIGIBLE, "accountId");
		}
		application.chooseAccount(accountId);
		this.tasks.complete(task.getId(), Map.of("accountId", accountId));
		// the answer from what this step read, with no delay (see answer)
		return view(application, customer, eligible, false);
	}

	/**
	 * R-REISSUE-4: one channel, one the passcode channels table offers for the chosen
	 * account (only what is on file); the evaluation is kept in the decision history.
	 */
	@Transactional
	void chooseChannel(String applicationId, PasscodeChannel channel) {
		ReissueApplication application = findOpenForUpdate(applicationId);
		Task task = expect(application, ReissueStep.CHOOSE_CHANNEL);
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		BusinessLine line = this.accounts.findById(application.getAccountRef()).orElseThrow().getBusinessLine();
		if (!this.channels.decide(true, customer.hasMobile(), customer.hasEmail(), line).contains(channel)) {
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

	/**
	 * R-REISSUE-4/5: the accounts whose business line the passcode channels table offers
	 * a channel for on this path, with this customer's contacts.
	 */
	List<Account> eligibleAccounts(ReissueApplication application, Customer customer) {
		boolean certificate = application.getPath() == ReissuePath.WITH_CERTIFICATE;
		return this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
			.stream()
			.filter((a) -> !this.channels
				.offered(certificate, customer.hasMobile(), customer.hasEmail(), a.getBusinessLine())
				.isEmpty())
			.toList();
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
