package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Properties as the application binds them, for tests that build the senders directly.
 */
final class NotificationFixtures {

	static final String ACCOUNT_SID = "AC00000000000000000000000000000001";

	static final String AUTH_TOKEN = "test-auth-token";

	static final String FROM_NUMBER = "+15005550006";

	static final String MAIL_FROM = "no-reply@brokerage.example";

	static final String SITE = "https://localhost:8443";

	private NotificationFixtures() {
	}

	static NotificationProperties properties(String twilioBaseUrl, Path keyStore) {
		return new NotificationProperties(new NotificationProperties.Mail(MAIL_FROM, "凱基證券"), SITE,
				new NotificationProperties.Twilio(ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, twilioBaseUrl),
				new NotificationProperties.Smime(keyStore.toString(), "test-password", "mail-signing", true),
				timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)), "PT30S,PT2M,PT10M",
				Duration.ofSeconds(30));
	}

	/** Connect, read and write timeouts (write = read) and the bound of a whole send. */
	static NotificationProperties.Timeouts timeouts(Duration connect, Duration read, Duration send) {
		return new NotificationProperties.Timeouts(connect, read, read, send);
	}

	/** The bundles as application.yml sets them up ({@code spring.messages.*}). */
	static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "notifications");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static NoticeTexts texts() {
		return new NoticeTexts(messages(), center());
	}

	static BusinessMetrics metrics() {
		return new BusinessMetrics(new SimpleMeterRegistry());
	}

	static PasswordCenterProperties center() {
		return new PasswordCenterProperties(ZoneId.of("Asia/Taipei"), new PasswordCenterProperties.Api(16384),
				new PasswordCenterProperties.Login(3, 6), new PasswordCenterProperties.Hashing(4),
				new PasswordCenterProperties.Captcha("test", 1000, Duration.ofMinutes(10)),
				new PasswordCenterProperties.Operator("operator", "test"),
				new PasswordCenterProperties.Branding("凱基證券", "0800-085-005", "(02)2389-0088", "週一至週五 08:00-18:00",
						"4050-0588", "KGI Securities", "Mon–Fri 08:00–18:00"),
				new PasswordCenterProperties.Secrets("test"));
	}

}
