package com.brokerage.passwordcenter.common;

import java.util.List;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fails closed: outside the demo profile the app has no default secret, user or sink, so
 * a start with any of these unset stops before a bean exists and names every one that is
 * missing at once (not one per attempt), with its environment variable. The demo profile
 * supplies them all. Registered in {@code META-INF/spring.factories}.
 */
class RequiredSettings implements EnvironmentPostProcessor, Ordered {

	/** Each a property and the environment variable an operator sets it with. */
	static final List<Setting> REQUIRED = List.of(
			new Setting("password-center.operator.password", "PASSWORD_CENTER_OPERATOR_PASSWORD"),
			new Setting("password-center.captcha.hmac-key", "PASSWORD_CENTER_CAPTCHA_HMAC_KEY"),
			new Setting("password-center.secrets.hmac-key", "PASSWORD_CENTER_SECRETS_HMAC_KEY"),
			new Setting("password-center.notification.twilio.account-sid", "PASSWORD_CENTER_TWILIO_ACCOUNT_SID"),
			new Setting("password-center.notification.twilio.auth-token", "PASSWORD_CENTER_TWILIO_AUTH_TOKEN"),
			new Setting("password-center.notification.twilio.from-number", "PASSWORD_CENTER_TWILIO_FROM_NUMBER"),
			new Setting("password-center.notification.smime.key-store", "PASSWORD_CENTER_MAIL_SIGNING_KEY_STORE"),
			new Setting("password-center.notification.smime.key-store-password",
					"PASSWORD_CENTER_MAIL_SIGNING_PASSWORD"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of(DemoProfile.NAME))) {
			return;
		}
		List<Setting> missing = REQUIRED.stream().filter((setting) -> {
			String value = environment.getProperty(setting.property());
			return value == null || value.isBlank();
		}).toList();
		if (!missing.isEmpty()) {
			throw new MissingSettingsException(List.of(environment.getActiveProfiles()), missing);
		}
	}

	/**
	 * After the configuration files and profiles are known (Spring Boot's own run first).
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	record Setting(String property, String environmentVariable) {
	}

}
