package com.brokerage.passwordcenter.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.brokerage.passwordcenter.demo.DemoProfile;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profile's sinks wired in the real application: mail into the embedded SMTP
 * sink, SMS into the in-app Twilio outbox, both readable under /dev. The test profile
 * swaps the database for an in-memory one; the SMTP port is a free one and the Twilio
 * base URL the demo's (the test profile points it nowhere).
 */
@SpringBootTest(properties = "password-center.notification.twilio.base-url=inproc:")
@AutoConfigureMockMvc
@ActiveProfiles({ DemoProfile.NAME, "test" })
class DemoSinksIntegrationTest {

	static int smtpPort;

	@DynamicPropertySource
	static void freeSmtpPort(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			smtpPort = socket.getLocalPort();
			registry.add("spring.mail.port", () -> smtpPort);
		}
	}

	@Autowired
	DevMailSink mailSink;

	@Autowired
	MockMvc mvc;

	@Autowired
	SmsSender sms;

	@Autowired
	EmailSender mail;

	@Test
	@DisplayName("R-REISSUE-7 (demo): the passcode SMS goes through the SDK to the in-app sink and shows at /dev/sms")
	void smsSink() throws Exception {
		this.sms.sendPasscodeSms("0912345678", "2468024", Duration.ofMinutes(5), Locale.TAIWAN);

		this.mvc.perform(get("/dev/sms.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].to", hasItem("+886912345678")))
			.andExpect(jsonPath("$[*].body", hasItem(containsString("簡訊通行碼為2468024"))));
		this.mvc.perform(get("/dev/sms"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("簡訊通行碼為2468024")));
	}

	@Test
	@DisplayName("The Twilio-compatible endpoint takes a form POST without CSRF and answers a Message")
	void twilioCompatibleEndpoint() throws Exception {
		this.mvc
			.perform(post("/dev/twilio/2010-04-01/Accounts/AC123/Messages.json")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("To", "+886922333444")
				.param("From", "+15005550006")
				.param("Body", "hello"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sid", notNullValue()))
			.andExpect(jsonPath("$.to").value("+886922333444"))
			.andExpect(jsonPath("$.account_sid").value("AC123"))
			.andExpect(jsonPath("$.status").value("delivered"));
	}

	@Test
	@DisplayName("The demo mailbox keeps only the newest 500 mails, across recipients, so a long demo cannot fill the heap")
	void mailSinkForgetsOldMail() throws Exception {
		int sent = DevMailSink.KEEP + 3;
		// one SMTP connection for them all: a connection per mail costs its greeting's
		// delayed ACK (≈ 40 ms) 503 times
		Properties smtp = new Properties();
		smtp.put("mail.smtp.host", "127.0.0.1");
		smtp.put("mail.smtp.port", String.valueOf(smtpPort));
		Session session = Session.getInstance(smtp);
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			for (int i = 0; i < sent; i++) {
				MimeMessage mail = new MimeMessage(session);
				mail.setFrom("no-reply@brokerage.example");
				mail.setRecipients(Message.RecipientType.TO, "customer" + (i % 3) + "@example.com");
				mail.setSubject("mail " + i);
				mail.setText("text");
				transport.sendMessage(mail, mail.getAllRecipients());
				Thread.sleep((i < 3) ? 5 : 0);
			}
		}

		this.mailSink.forgetOldMail();

		List<String> subjects = this.mailSink.messages().stream().map(DevMailSink.ReceivedMail::subject).toList();
		assertThat(subjects).hasSize(DevMailSink.KEEP)
			.contains("mail " + (sent - 1), "mail 3")
			.doesNotContain("mail 0", "mail 1", "mail 2");
	}

	@Test
	@DisplayName("R-REISSUE-6 (demo): the signed link mail arrives in the SMTP sink; /dev/mailbox escapes it and links the link")
	void mailSink() throws Exception {
		String link = "https://localhost:8443/reissue/demo?token=t0k3n";
		this.mail.sendReissueLinkEmail("lin@example.com", "<b>林小美</b>", Instant.parse("2023-04-10T04:31:25Z"), link,
				Duration.ofHours(24), Locale.TAIWAN);

		this.mvc.perform(get("/dev/mailbox.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].to").value("lin@example.com"))
			.andExpect(jsonPath("$[0].subject").value("凱基證券線上密碼補發無憑證申請"))
			.andExpect(jsonPath("$[0].signedBy", containsString("CN=Password Center demo mail signing")))
			.andExpect(jsonPath("$[0].links", hasItem(link)));
		this.mvc.perform(get("/dev/mailbox"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"" + link + "\"")))
			.andExpect(content().string(containsString("&lt;b&gt;林小美&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>林小美"))))
			.andExpect(content().string(containsString("S/MIME signature verified")));
	}

}
