package com.brokerage.passwordcenter.common;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the error shape: {@link ApiError} under
 * {@code components.schemas}, and as every operation's {@code default} response (the
 * advice's handlers declare no status of their own, so springdoc would list none).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiErrors {

	private static final String SCHEMA = "ApiError";

	@Bean
	OpenApiCustomizer errorShape() {
		return (openApi) -> {
			ModelConverters.getInstance().read(ApiError.class).forEach(openApi.getComponents()::addSchemas);
			Content json = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
			ApiResponse error = new ApiResponse()
				.description("An error: code, message (zh-TW unless English is asked for), field, correlationId")
				.content(json);
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> operation.getResponses().putIfAbsent("default", error)));
		};
	}

}
