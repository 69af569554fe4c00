package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.rest.api.v2010.account.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo SMS sink answers as Twilio does, in process or over HTTP. */
class DemoSmsSinkTest {

	private final DevSmsOutbox outbox = new DevSmsOutbox(
			Clock.fixed(Instant.parse("2023-04-10T04:31:25Z"), ZoneOffset.UTC));

	@Test
	@DisplayName("R-REISSUE-7 (demo): base-url inproc: sends through the real SDK into the in-app outbox")
	void inProcess() {
		NotificationProperties properties = NotificationFixtures.properties("inproc:", Path.of("unused.p12"));
		SmsSender sender = new SmsSender(
				TwilioConfiguration.client(properties.twilio(), new InProcessTwilioHttpClient(this.outbox)), properties,
				NotificationFixtures.texts(), NotificationFixtures.metrics());

		sender.sendPasscodeSms("0912345678", "1234567", Duration.ofMinutes(5), Locale.TAIWAN);

		assertThat(this.outbox.messages()).singleElement().satisfies((sms) -> {
			assertThat(sms.to()).isEqualTo("+886912345678");
			assertThat(sms.from()).isEqualTo(NotificationFixtures.FROM_NUMBER);
			assertThat(sms.accountSid()).isEqualTo(NotificationFixtures.ACCOUNT_SID);
			assertThat(sms.body()).contains("簡訊通行碼為1234567");
		});
	}

	@Test
	@DisplayName("The sink's answer is a Message the Twilio SDK parses")
	void answerParsesAsMessage() throws Exception {
		DevSmsOutbox.Sms sms = this.outbox.record("AC1", "+886912345678", "+15005550006", "hello");
		String json = new ObjectMapper().writeValueAsString(DevSmsOutbox.twilioJson(sms));

		Message message = Message.fromJson(json, new ObjectMapper());

		assertThat(message.getSid()).isEqualTo(sms.sid()).startsWith("SM");
		assertThat(message.getTo()).isEqualTo("+886912345678");
		assertThat(message.getBody()).isEqualTo("hello");
		assertThat(message.getStatus()).isEqualTo(Message.Status.DELIVERED);
		assertThat(message.getDateCreated().toInstant()).isEqualTo(Instant.parse("2023-04-10T04:31:25Z"));
	}

}
