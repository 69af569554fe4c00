package com.brokerage.passwordcenter.backoffice;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorPasswordRequiredTest {

	@Test
	@DisplayName("outside the demo profile no default operator password exists: start-up fails and says what to set")
	void startupFailsWithoutOperatorPassword() {
		// the test profile configures everything else, so the operator password is the
		// one thing missing
		SpringApplicationBuilder app = new SpringApplicationBuilder(PasswordCenterApplication.class)
			.web(WebApplicationType.SERVLET)
			.profiles("test")
			.properties("server.port=0");
		// a command-line argument outranks application-test.yml (builder properties would
		// not)
		// refused before any bean exists (common.RequiredSettings), naming the setting
		assertThatThrownBy(() -> app.run("--password-center.operator.password="))
			.hasMessageContaining("password-center.operator.password");
	}

}
