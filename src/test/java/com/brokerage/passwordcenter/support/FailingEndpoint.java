package com.brokerage.passwordcenter.support;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.servlet.Filter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bug on purpose, for tests of the 500 answer: it fails with the request's secret in
 * the messages of the exception and of its cause, as a careless library would. Hidden
 * from the OpenAPI document, so the hostile-input sweep does not count its 500s.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoint {

	public static final String PATH = "/api/test/failure";

	/** Fails in a servlet filter, before Spring MVC and its advice. */
	public static final String FILTER_PATH = "/api/test/filter-failure";

	@Bean
	FilterRegistrationBean<Filter> failingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			throw new IllegalStateException("a filter's bug");
		});
		registration.addUrlPatterns(FILTER_PATH);
		return registration;
	}

	@RestController
	@Hidden
	static class Failing {

		@GetMapping(PATH)
		String fail(@RequestParam String password) {
			throw new IllegalStateException("could not handle password " + password,
					new IllegalArgumentException("rejected value " + password));
		}

	}

}
