package com.brokerage.passwordcenter.notification;

import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSocketTest {

	@Test
	@DisplayName("Spring Mail's sender gets SMTP sockets without Nagle's delay; an operator's own factory is kept")
	void mailSenderUsesNoDelaySockets() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		MailConfiguration.smtpWithoutNagle().postProcessBeforeInitialization(sender, "mailSender");
		assertThat(sender.getJavaMailProperties().get("mail.smtp.socketFactory"))
			.isInstanceOf(NoDelaySocketFactory.class);

		JavaMailSenderImpl configured = new JavaMailSenderImpl();
		configured.getJavaMailProperties().put("mail.smtp.socketFactory", "theirs");
		MailConfiguration.smtpWithoutNagle().postProcessBeforeInitialization(configured, "mailSender");
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
