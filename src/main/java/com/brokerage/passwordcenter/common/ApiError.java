package com.brokerage.passwordcenter.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON body of every error answer: a stable code, a message for the customer, the
 * field at fault, and the request's correlation id (also in the {@code X-Correlation-Id}
 * header and in every log line of the request).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Every error of the API, whatever refused the request")
public record ApiError(@Schema(description = "Stable code to branch on, e.g. INVALID_NATIONAL_ID") String code,
		@Schema(description = "For the customer: zh-TW unless English is asked for") String message,
		@Schema(description = "The input at fault, or null", nullable = true) String field,
		@Schema(description = "Random per request; the same as the X-Correlation-Id header and in every log line "
				+ "of the request — quote it to customer service") String correlationId) {

}
