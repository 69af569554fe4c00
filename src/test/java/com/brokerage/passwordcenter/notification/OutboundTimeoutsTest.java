package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.support.HangingServer;
import com.brokerage.passwordcenter.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every send ends within its bounds against real servers that hang: one that accepts and
 * never answers fails at the read timeout; one that answers every line slowly (each byte
 * within the read timeout) fails at the bound of the whole send. Short bounds here; the
 * defaults are 5 s connect, 10 s read and write, 20 s a whole send.
 */
class OutboundTimeoutsTest {

	private static final Set<ChangedPassword> LOGIN = Set.of(ChangedPassword.LOGIN);

	private static final Duration READ = Duration.ofMillis(800);

	private static final Duration SEND = Duration.ofMillis(2500);

	private static final SendWatchdog watchdog = new SendWatchdog();

	@TempDir
	static Path pki;

	private static NotificationProperties properties;

	private static SmimeSigner signer;

	@BeforeAll
	static void setUp() {
		properties = withTimeouts(NotificationFixtures.properties(null, pki.resolve("mail-signing.p12")));
		signer = new SmimeSigner(MailSigningKey.load(properties.smime(), properties.mail().from()));
		// the first mail and SMS load their classes (S/MIME, the Twilio SDK) for seconds:
		// not what is timed
		int closed = TestMail.freePort();
		assertThatThrownBy(() -> mail(closed).sendPasswordChangedEmail("someone@example.com", "王小明", LOGIN,
				Instant.now(), Locale.TAIWAN))
			.isInstanceOf(NotificationException.class);
		assertThatThrownBy(() -> sms("http://127.0.0.1:" + closed).sendPasswordChangedSms("0912345678", LOGIN,
				Instant.now(), Locale.TAIWAN))
			.isInstanceOf(NotificationException.class);
	}

	@AfterAll
	static void stop() {
		watchdog.destroy();
	}

	@Test
	@DisplayName("SMTP that accepts and never answers: the mail fails at the read timeout")
	void silentSmtp() throws Throwable {
		try (HangingServer smtp = HangingServer.silent()) {
			Duration took = failureTime(() -> mail(smtp.port()).sendPasswordChangedEmail("someone@example.com", "王小明",
					LOGIN, Instant.now(), Locale.TAIWAN), "MailSendException");
			assertThat(took).isBetween(READ.minusMillis(100), READ.plusMillis(2000));
			assertThat(smtp.accepted()).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("SMTP that answers every line slowly: the whole send fails at its bound, not line by line")
	void drippingSmtp() throws Throwable {
		try (HangingServer smtp = HangingServer.dripping("", "220-slow\r\n", Duration.ofMillis(100))) {
			Duration took = failureTime(() -> mail(smtp.port()).sendPasswordChangedEmail("someone@example.com", "王小明",
					LOGIN, Instant.now(), Locale.TAIWAN), "MailSendException");
			assertThat(took).isBetween(SEND.minusMillis(100), SEND.plusMillis(2000));
		}
	}

	@Test
	@DisplayName("SMS provider that accepts and never answers: the SMS fails at the read timeout, tried once")
	void silentSmsProvider() throws Throwable {
		try (HangingServer gateway = HangingServer.silent()) {
			Duration took = failureTime(() -> sms("http://127.0.0.1:" + gateway.port())
				.sendPasswordChangedSms("0912345678", LOGIN, Instant.now(), Locale.TAIWAN),
					"no answer from the SMS gateway");
			assertThat(took).isBetween(READ.minusMillis(100), READ.plusMillis(2000));
			// the SDK would try a failed request again; the job's retry schedule is the
			// one
			assertThat(gateway.accepted()).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("SMS provider that sends its answer's headers slowly: the request is cancelled at the bound of a whole send")
	void drippingSmsProvider() throws Throwable {
		try (HangingServer gateway = HangingServer.dripping("HTTP/1.1 201 Created\r\n", "X-Slow: 1\r\n",
				Duration.ofMillis(100))) {
			Duration took = failureTime(() -> sms("http://127.0.0.1:" + gateway.port())
				.sendPasswordChangedSms("0912345678", LOGIN, Instant.now(), Locale.TAIWAN),
					"no answer from the SMS gateway");
			assertThat(took).isBetween(SEND.minusMillis(100), SEND.plusMillis(2000));
		}
	}

	private static Duration failureTime(Executable send, String why) {
		long start = System.nanoTime();
		assertThatThrownBy(send::execute).isInstanceOf(NotificationException.class)
			.hasMessageEndingWith(" failed: " + why)
			.hasMessageNotContaining("someone@example.com")
			.hasMessageNotContaining("0912345678");
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static EmailSender mail(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		MailConfiguration.bound(sender.getJavaMailProperties(), properties.timeouts(), watchdog);
		return new EmailSender(sender, new MailTemplates(NotificationFixtures.messages()), signer, properties,
				NotificationFixtures.texts(), NotificationFixtures.metrics());
	}

	private static SmsSender sms(String baseUrl) {
		NotificationProperties.Twilio twilio = new NotificationProperties.Twilio(NotificationFixtures.ACCOUNT_SID,
				NotificationFixtures.AUTH_TOKEN, NotificationFixtures.FROM_NUMBER, baseUrl);
		return new SmsSender(
				TwilioConfiguration.client(twilio, new BoundedHttpClient(baseUrl, properties.timeouts(), watchdog)),
				properties, NotificationFixtures.texts(), NotificationFixtures.metrics());
	}

	private static NotificationProperties withTimeouts(NotificationProperties p) {
		return new NotificationProperties(p.mail(), p.siteBaseUrl(), p.twilio(), p.smime(),
				NotificationFixtures.timeouts(Duration.ofSeconds(1), READ, SEND), p.retrySchedule(),
				p.smtpProbeInterval());
	}

}
