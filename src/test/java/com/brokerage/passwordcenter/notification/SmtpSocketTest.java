package com.brokerage.passwordcenter.notification;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSocketTest {

	private static final SendWatchdog watchdog = new SendWatchdog();

	@Test
	@DisplayName("Spring Mail's sender gets bounded SMTP sockets without Nagle's delay; an operator's own factory is kept")
	void mailSenderUsesNoDelaySockets() throws Exception {
		NotificationProperties.Timeouts timeouts = NotificationFixtures.timeouts(Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofSeconds(20));
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		MailConfiguration.bound(sender.getJavaMailProperties(), timeouts, watchdog);
		assertThat(sender.getJavaMailProperties().get("mail.smtp.socketFactory"))
			.isInstanceOf(NoDelaySocketFactory.class);
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "5000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000")
			.containsEntry("mail.smtps.timeout", "10000");

		JavaMailSenderImpl configured = new JavaMailSenderImpl();
		configured.getJavaMailProperties().put("mail.smtp.socketFactory", "theirs");
		MailConfiguration.bound(configured.getJavaMailProperties(), timeouts, watchdog);
		assertThat(configured.getJavaMailProperties().get("mail.smtp.socketFactory")).isEqualTo("theirs");
	}

	@Test
	@DisplayName("Every socket the factory makes, connected or not, has TCP_NODELAY on")
	void socketsHaveNoDelay() throws Exception {
		NoDelaySocketFactory factory = new NoDelaySocketFactory();
		try (ServerSocket server = new ServerSocket(0);
				Socket unconnected = factory.createSocket();
				Socket connected = factory.createSocket("127.0.0.1", server.getLocalPort())) {
			assertThat(unconnected.getTcpNoDelay()).isTrue();
			assertThat(connected.getTcpNoDelay()).isTrue();
		}
	}

}
