package com.brokerage.passwordcenter.reissue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import org.springframework.boot.test.context.TestComponent;

/**
 * Online reissues without certificate driven to a chosen end through the services the API
 * uses, with the real mail (GreenMail) and SMS (FakeTwilio) senders; jobs and timers
 * executed by hand. For tests that need a known mix of journeys (the analytics).
 */
@TestComponent
public class ReissueJourneys {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	private final ReissueApplicationRepository applications;

	private final ReissueJourney journey;

	private final ReissueLinkSteps links;

	private final ReissueCredentialSteps credentials;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Clock clock;

	ReissueJourneys(ReissueApplicationRepository applications, ReissueJourney journey, ReissueLinkSteps links,
			ReissueCredentialSteps credentials, RuntimeService runtime, ManagementService management, Clock clock) {
		this.applications = applications;
		this.journey = journey;
		this.links = links;
		this.credentials = credentials;
		this.runtime = runtime;
		this.management = management;
		this.clock = clock;
	}

	/** Step 1 done, as ReissueStarter does it: the application waits for its account. */
	public String start(Customer customer) {
		String id = UUID.randomUUID().toString();
		this.applications.save(new ReissueApplication(id, customer.getId(), ReissuePath.WITHOUT_CERTIFICATE,
				this.clock.instant(), LocalDate.now(this.clock)));
		this.runtime.startProcessInstanceByKey(ReissueProcess.WITHOUT_CERTIFICATE, id,
				Map.of(ReissueProcess.VAR_APPLICATION_ID, id));
		return id;
	}

	/** The account chosen: the link mail's job waits (or fails while SMTP is down). */
	public void chooseAccount(String id, Long accountId) {
		this.journey.chooseAccount(id, accountId);
	}

	/** Runs the link mail's job and returns the token of the link in the newest mail. */
	public String mailLink(String id, GreenMail mail) throws Exception {
		jobs().execute(jobs().at(id, ReissueProcess.TASK_SEND_LINK_EMAIL));
		MimeMessage[] received = mail.getReceivedMessages();
		Matcher token = TOKEN.matcher(text(received[received.length - 1]));
		if (!token.find()) {
			throw new IllegalStateException("no link in the mail");
		}
		return token.group(1);
	}

	/**
	 * Runs the link mail's job until it is an incident (SMTP down), at most ten times.
	 */
	public void failLinkMailUntilIncident(String id) {
		for (int run = 0; run < 10; run++) {
			Job job = jobs().at(id, ReissueProcess.TASK_SEND_LINK_EMAIL);
			if (job.getRetries() == 0) {
				return;
			}
			try {
				this.management.executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// the send failed: the engine counts the try down
			}
		}
		throw new IllegalStateException("the link mail job never ran out of retries");
	}

	/** The link timer fires: the application ends at End_LinkExpired. */
	public void expireLink(String id) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey(ReissueProcess.WITHOUT_CERTIFICATE)
			.singleResult()
			.getId();
		// the instance waits at the event-based gateway; the timer's job names the timer
		jobs().execute(this.management.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.activityId(ReissueProcess.TIMER_LINK_EXPIRED)
			.singleResult());
	}

	/** The link opened and the SMS passcode sent; returns the code the SMS carried. */
	public String openLinkAndSendPasscode(String id, String token, FakeTwilio sms) {
		this.links.open(token);
		this.links.requestPasscode(id);
		jobs().execute(jobs().at(id, PasscodeProcess.TASK_SEND));
		return sms.lastPasscode();
	}

	/** Five wrong passcodes: the passcode is void and the application ends. */
	public void voidPasscode(String id, String rightCode) {
		String wrong = rightCode.equals("0000000") ? "1111111" : "0000000";
		for (int attempt = 0; attempt < 5; attempt++) {
			this.credentials.verifyPasscode(id, wrong);
		}
	}

	/** The right passcode, a new password, the notices sent: End_PasswordReissued. */
	public void complete(String id, String code, String newPassword) {
		ReissueCredentialSteps.PasscodeOutcome outcome = this.credentials.verifyPasscode(id, code);
		this.credentials.setNewPassword(id, outcome.initialPassword(), newPassword, newPassword);
		// the notices: one job each, possibly one after the other
		for (int round = 0; round < 5 && !jobs().messages(id).isEmpty(); round++) {
			jobs().executeMessages(id);
		}
	}

	/** Every text part of a mail, decoded (the link mail is S/MIME signed, multipart). */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/*")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
		}
		return text.toString();
	}

	private ApplicationJobs jobs() {
		return new ApplicationJobs(this.runtime, this.management);
	}

}
