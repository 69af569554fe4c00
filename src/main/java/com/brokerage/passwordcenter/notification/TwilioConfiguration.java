package com.brokerage.passwordcenter.notification;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our own {@link TwilioRestClient} (never the SDK's static {@code Twilio.init}), so the
 * credentials and the base URL come from configuration and tests can build one each.
 */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

	@Bean
	TwilioRestClient twilioRestClient(NotificationProperties properties,
			ObjectProvider<InProcessTwilioHttpClient> inProcess) {
		NotificationProperties.Twilio twilio = properties.twilio();
		HttpClient http;
		if (twilio.inProcess()) {
			http = inProcess.getIfAvailable(() -> {
				throw new IllegalStateException("password-center.notification.twilio.base-url=inproc: "
						+ "needs the demo SMS sink, which exists in the demo profile only");
			});
		}
		else {
			http = twilio.rebased() ? new RebasingHttpClient(twilio.baseUrl()) : new NetworkHttpClient();
		}
		return client(twilio, http);
	}

	static TwilioRestClient client(NotificationProperties.Twilio twilio, HttpClient http) {
		return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken()).httpClient(http).build();
	}

}
