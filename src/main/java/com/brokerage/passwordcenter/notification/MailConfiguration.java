package com.brokerage.passwordcenter.notification;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	/**
	 * Jakarta Mail looks its stream provider up through the ServiceLoader for every
	 * message it builds (a scan of the class path: a tenth of a link mail's cost in the
	 * benchmark, docs/benchmarks). Naming the provider skips the scan; an operator's own
	 * setting wins.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	/**
	 * Bounded SMTP without Nagle's delay, before its session exists: connect, read and
	 * write timeouts from {@code password-center.notification.timeouts}, and sockets (see
	 * {@link NoDelaySocketFactory}) that the watchdog closes when a whole send takes
	 * longer than {@code timeouts.send}.
	 */
	@Bean
	static BeanPostProcessor boundedSmtp(ObjectProvider<NotificationProperties> properties,
			ObjectProvider<SendWatchdog> watchdog) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender) {
					bound(sender.getJavaMailProperties(), properties.getObject().timeouts(), watchdog.getObject());
				}
				return bean;
			}
		};
	}

	/** Jakarta Mail's settings for our timeouts, on plain SMTP and SMTPS alike. */
	static void bound(Properties mail, NotificationProperties.Timeouts timeouts, SendWatchdog watchdog) {
		for (String protocol : new String[] { "smtp", "smtps" }) {
			String prefix = "mail." + protocol + ".";
			mail.put(prefix + "connectiontimeout", String.valueOf(timeouts.connect().toMillis()));
			mail.put(prefix + "timeout", String.valueOf(timeouts.read().toMillis()));
			mail.put(prefix + "writetimeout", String.valueOf(timeouts.write().toMillis()));
			// one shared thread instead of a new one per connection
			mail.put(prefix + "executor.writetimeout", watchdog.executor());
		}
		// an operator's own socket factory wins (it then bounds the whole send itself)
		mail.putIfAbsent("mail.smtp.socketFactory", new NoDelaySocketFactory(timeouts.send(), watchdog));
	}

	/** Read once at start-up: a missing or unreadable key store stops the app there. */
	@Bean
	SmimeSigner smimeSigner(NotificationProperties properties) {
		return new SmimeSigner(MailSigningKey.load(properties.smime(), properties.mail().from()));
	}

	@Bean
	MailTemplates mailTemplates(MessageSource messages) {
		return new MailTemplates(messages);
	}

}
