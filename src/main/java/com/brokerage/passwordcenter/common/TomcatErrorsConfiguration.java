package com.brokerage.passwordcenter.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link JsonErrorReportValve} in place of the host's error report valve (Spring
 * Boot's, and the one Tomcat would add at start).
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorsConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValve(ObjectProvider<ApiErrors> errors,
			ObjectProvider<LocaleResolver> locales, ObjectProvider<ObjectMapper> json) {
		// after Spring Boot's customizer, whose context customizer adds its own valve
		return (factory) -> factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			pipeline.addValve(new JsonErrorReportValve(errors, locales, json));
		});
	}

}
