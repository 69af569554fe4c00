package com.brokerage.passwordcenter.support;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with a {@link MutableClock} starting at real time. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	public MutableClock mutableClock() {
		return new MutableClock(Instant.now(), ZoneId.of("Asia/Taipei"));
	}

}
