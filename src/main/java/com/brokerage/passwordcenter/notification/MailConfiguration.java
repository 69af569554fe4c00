package com.brokerage.passwordcenter.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	/** Read once at start-up: a missing or unreadable key store stops the app there. */
	@Bean
	SmimeSigner smimeSigner(NotificationProperties properties) {
		return new SmimeSigner(MailSigningKey.load(properties.smime(), properties.mail().from()));
	}

	@Bean
	MailTemplates mailTemplates() {
		return new MailTemplates();
	}

}
