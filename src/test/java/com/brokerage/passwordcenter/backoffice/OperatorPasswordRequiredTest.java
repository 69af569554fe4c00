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
		SpringApplicationBuilder app = new SpringApplicationBuilder(PasswordCenterApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("production-like")
			.properties("spring.datasource.url=jdbc:h2:mem:no-operator", "camunda.bpm.job-execution.enabled=false",
					"password-center.captcha.hmac-key=k");
		assertThatThrownBy(app::run).rootCause().hasMessageContaining("password-center.operator.password");
	}

}
