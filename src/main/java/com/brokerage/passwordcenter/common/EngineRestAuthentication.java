package com.brokerage.passwordcenter.common;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers only engine users: HTTP Basic checked against the engine's
 * identity service, with the engine's authorizations applied to the authenticated user
 * (Camunda's own filter). Operators may do anything; a process analyst may deploy and
 * read definitions (modeling.ProcessAnalystSetup); customers are no engine users.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-engine-rest-authentication");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(Integer.MAX_VALUE - 10);
		return registration;
	}

}
