package com.brokerage.passwordcenter.notification;

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
	 * Plain SMTP without Nagle's delay (see {@link NoDelaySocketFactory}); before its
	 * session exists.
	 */
	@Bean
	static BeanPostProcessor smtpWithoutNagle() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender
						&& !sender.getJavaMailProperties().containsKey("mail.smtp.socketFactory")) {
					sender.getJavaMailProperties().put("mail.smtp.socketFactory", new NoDelaySocketFactory());
				}
				return bean;
			}
		};
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
