package com.brokerage.passwordcenter.common;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * JSON in, JSON out. The Twilio SDK brings jackson-dataformat-xml and the engine JAXB,
 * and Spring MVC would read and write XML through them; the app speaks JSON only, so
 * their converters are taken out (the engine's REST API has converters of its own).
 */
// not in the import command's non-web context (master.ImportCommand)
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf((converter) -> converter instanceof MappingJackson2XmlHttpMessageConverter
				|| converter instanceof Jaxb2RootElementHttpMessageConverter);
	}

	/** The container's error page, in the API's shape for /api/ requests. */
	@Bean
	ApiErrorController apiErrorController(ErrorAttributes attributes, ServerProperties server,
			ObjectProvider<ErrorViewResolver> resolvers, ApiErrors errors) {
		return new ApiErrorController(attributes, server.getError(), resolvers.orderedStream().toList(), errors);
	}

	/**
	 * What Spring Security's firewall refuses ({@code ;}, {@code %2F}, {@code %5C},
	 * {@code %00}, {@code //} in a path): under {@code /api/} our JSON error, elsewhere a
	 * plain 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ApiErrors errors) {
		RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
		return (request, response, rejection) -> {
			if (ApiPaths.isApi(request)) {
				errors.write(response, ErrorCode.MALFORMED_REQUEST, RequestContextUtils.getLocale(request));
				return;
			}
			plain.handle(request, response, rejection);
		};
	}

}
