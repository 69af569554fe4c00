package com.brokerage.passwordcenter.notification;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outside the demo profile the senders exist and the demo sinks do not. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationWiringTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("Non-demo profile: senders wired, no mail or SMS sink, nothing under /dev")
	void noDemoSinks() throws Exception {
		assertThat(this.context.getBeanNamesForType(SmsSender.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(EmailSender.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(DevMailSink.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DevSmsOutbox.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(InProcessTwilioHttpClient.class)).isEmpty();
		this.mvc.perform(get("/dev/mailbox.json")).andExpect(status().isNotFound());
	}

}
