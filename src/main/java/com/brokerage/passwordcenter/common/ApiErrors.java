package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ApiError} bodies in the request's language; also writes them from filters
 * outside Spring MVC.
 */
@Component
public class ApiErrors {

	private final MessageSource messages;

	private final ObjectMapper objectMapper;

	ApiErrors(MessageSource messages, ObjectMapper objectMapper) {
		this.messages = messages;
		this.objectMapper = objectMapper;
	}

	public ApiError of(ErrorCode code, String field, Locale locale, Object... arguments) {
		Object[] args = arguments;
		if (field != null && (args == null || args.length == 0)) {
			args = new Object[] { fieldLabel(field, locale) };
		}
		String message = this.messages.getMessage(code.messageKey(), args, code.name(), locale);
		return new ApiError(code.name(), message, field);
	}

	public String fieldLabel(String field, Locale locale) {
		return this.messages.getMessage("field." + field, null, field, locale);
	}

	public void write(HttpServletResponse response, ErrorCode code, Locale locale) throws IOException {
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), of(code, null, locale));
	}

}
