package com.brokerage.passwordcenter.analytics;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.reissue.ReissueJourneys;
import com.brokerage.passwordcenter.support.FakeTwilio;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestMail;
import com.icegreen.greenmail.util.GreenMail;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The known mix of real reissues without certificate that the analytics tests check
 * numbers against: 2 completed, 3 links expired, 2 passcodes voided (5 wrong), 1 still
 * waiting for its link, 1 link mail that became an incident (SMTP down) — 9 started. It
 * owns the real senders (GreenMail for SMTP, FakeTwilio for SMS) the app is pointed at.
 * Create it in a static field, {@link #register} it in a {@code @DynamicPropertySource},
 * {@link #drive} it once the context is up, {@link #stop} it at the end.
 */
final class KnownMix {

	static final String JOURNEY = "reissue-without-certificate";

	private final FakeTwilio sms = new FakeTwilio().start();

	private final int smtpPort = TestMail.freePort();

	private GreenMail mail = TestMail.start(this.smtpPort);

	private Customer waiting;

	private Customer stuckOnIncident;

	private String stuckApplication;

	void register(DynamicPropertyRegistry registry) {
		registry.add("password-center.notification.twilio.base-url", this.sms::baseUrl);
		registry.add("spring.mail.port", () -> this.smtpPort);
	}

	/** Drives the nine journeys through the services the API uses. */
	void drive(ReissueJourneys reissues, TestCustomers customers) throws Exception {
		for (int i = 0; i < 2; i++) {
			String id = toLink(reissues, customers, customer(customers));
			String code = reissues.openLinkAndSendPasscode(id, reissues.mailLink(id, this.mail), this.sms);
			reissues.complete(id, code, "NewPass12" + i);
		}
		for (int i = 0; i < 3; i++) {
			String id = toLink(reissues, customers, customer(customers));
			reissues.mailLink(id, this.mail);
			reissues.expireLink(id);
		}
		for (int i = 0; i < 2; i++) {
			String id = toLink(reissues, customers, customer(customers));
			String code = reissues.openLinkAndSendPasscode(id, reissues.mailLink(id, this.mail), this.sms);
			reissues.voidPasscode(id, code);
		}
		this.waiting = customer(customers);
		String waitingId = toLink(reissues, customers, this.waiting);
		reissues.mailLink(waitingId, this.mail);

		this.mail.stop();
		this.stuckOnIncident = customer(customers);
		this.stuckApplication = toLink(reissues, customers, this.stuckOnIncident);
		reissues.failLinkMailUntilIncident(this.stuckApplication);
		this.mail = TestMail.start(this.smtpPort);
	}

	/** The customer whose application still waits for the link to be opened. */
	Customer waiting() {
		return this.waiting;
	}

	/** The customer whose link mail ran out of retries: an open incident. */
	Customer stuckOnIncident() {
		return this.stuckOnIncident;
	}

	/** The application id (business key) of the one with the incident. */
	String stuckApplication() {
		return this.stuckApplication;
	}

	void stop() {
		this.mail.stop();
		this.sms.stop();
	}

	private static Customer customer(TestCustomers customers) {
		return customers.split("Forgot123", "Other1234");
	}

	private static String toLink(ReissueJourneys reissues, TestCustomers customers, Customer customer) {
		String id = reissues.start(customer);
		reissues.chooseAccount(id, customers.accounts(customer).get(0).getId());
		return id;
	}

}
