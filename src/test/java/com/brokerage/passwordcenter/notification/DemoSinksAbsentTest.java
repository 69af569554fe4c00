package com.brokerage.passwordcenter.notification;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo the demo's sinks do not exist: GreenMail is on the class path (the
 * demo runs from the same jar) but never started (operations.GoLiveIT shows the same of
 * the packaged jar on PostgreSQL: nothing listens on the mail port).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoSinksAbsentTest {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("R-REISSUE-6: without the demo profile there is no SMTP sink, no GreenMail and no SMS sink bean")
	void noDemoSinks() {
		assertThat(this.context.getBeanNamesForType(DevMailSink.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(GreenMail.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DevSmsOutbox.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DevSinkPages.class)).isEmpty();
	}

}
