package com.brokerage.passwordcenter.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole app, in the brokerage's zone; tests replace it to cross
 * midnight or expire things.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(PasswordCenterProperties properties) {
		return Clock.system(properties.zone());
	}

}
