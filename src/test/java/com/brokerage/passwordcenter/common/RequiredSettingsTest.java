package com.brokerage.passwordcenter.common;

import com.brokerage.passwordcenter.demo.DemoProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The app fails closed: outside the demo profile no secret has a default. */
class RequiredSettingsTest {

	private final RequiredSettings check = new RequiredSettings();

	@Test
	@DisplayName("no profile and no secrets: refused, naming every missing setting and its environment variable")
	void noProfileNoSecrets() {
		MockEnvironment environment = new MockEnvironment();

		MissingSettingsException refused = assertThatExceptionOfType(MissingSettingsException.class)
			.isThrownBy(() -> this.check.postProcessEnvironment(environment, new SpringApplication()))
			.actual();

		assertThat(refused.missing()).hasSize(RequiredSettings.REQUIRED.size());
		FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(refused);
		assertThat(analysis.getDescription()).contains("no profile")
			.contains("password-center.secrets.hmac-key (env PASSWORD_CENTER_SECRETS_HMAC_KEY)")
			.contains("password-center.operator.password (env PASSWORD_CENTER_OPERATOR_PASSWORD)")
			.contains("password-center.notification.twilio.auth-token (env PASSWORD_CENTER_TWILIO_AUTH_TOKEN)");
		assertThat(analysis.getAction()).contains("--spring.profiles.active=demo");
	}

	@Test
	@DisplayName("the postgres profile with one secret blank: only what is missing is named")
	void namesOnlyWhatIsMissing() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		RequiredSettings.REQUIRED.forEach((setting) -> environment.setProperty(setting.property(), "set"));
		environment.setProperty("password-center.captcha.hmac-key", " ");

		assertThatExceptionOfType(MissingSettingsException.class)
			.isThrownBy(() -> this.check.postProcessEnvironment(environment, new SpringApplication()))
			.satisfies((refused) -> assertThat(refused.missing()).extracting(RequiredSettings.Setting::property)
				.containsExactly("password-center.captcha.hmac-key"));
	}

	@Test
	@DisplayName("the demo profile supplies its own demo values: nothing is required")
	void demoProfile() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(DemoProfile.NAME);

		assertThatNoException()
			.isThrownBy(() -> this.check.postProcessEnvironment(environment, new SpringApplication()));
	}

}
