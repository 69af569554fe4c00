package com.brokerage.passwordcenter.notification;

import java.net.URI;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Health {@code smsProvider}: the SMS provider is configured, and which one. It sends
 * nothing and does not call Twilio (each call costs and counts against its limits); a
 * failing provider shows as failed passcode jobs and the notification failure counter.
 */
@Component
class SmsProviderHealthIndicator implements HealthIndicator {

	private final NotificationProperties properties;

	SmsProviderHealthIndicator(NotificationProperties properties) {
		this.properties = properties;
	}

	@Override
	public Health health() {
		NotificationProperties.Twilio twilio = this.properties.twilio();
		boolean configured = StringUtils.hasText(twilio.accountSid()) && StringUtils.hasText(twilio.authToken())
				&& StringUtils.hasText(twilio.fromNumber());
		Health.Builder health = configured ? Health.up() : Health.down();
		if (twilio.inProcess()) {
			return health.withDetail("provider", "demo SMS sink (in process)").build();
		}
		if (twilio.rebased()) {
			// the host only: a URL may carry credentials
			return health.withDetail("provider", "Twilio-compatible gateway").withDetail("host", host(twilio)).build();
		}
		return health.withDetail("provider", "Twilio").withDetail("host", "api.twilio.com").build();
	}

	private static String host(NotificationProperties.Twilio twilio) {
		try {
			return String.valueOf(URI.create(twilio.baseUrl()).getHost());
		}
		catch (IllegalArgumentException ex) {
			return "unreadable base URL";
		}
	}

}
