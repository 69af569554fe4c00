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

	private final PasswordCenterProperties.Branding branding;

	ApiErrors(MessageSource messages, ObjectMapper objectMapper, PasswordCenterProperties properties) {
		this.messages = messages;
		this.objectMapper = objectMapper;
		this.branding = properties.branding();
	}

	/**
	 * Message arguments: {0} the field's label, {1} the customer-service number, {2} its
	 * hours, {3} the voice ordering line, then the exception's own arguments from {4} on.
	 */
	public ApiError of(ErrorCode code, String field, Locale locale, Object... arguments) {
		Object[] extra = (arguments != null) ? arguments : new Object[0];
		Object[] args = new Object[4 + extra.length];
		args[0] = (field != null) ? fieldLabel(field, locale) : "";
		args[1] = this.branding.customerServicePhone();
		args[2] = this.branding.customerServiceHours();
		args[3] = this.branding.voiceOrderingLine();
		System.arraycopy(extra, 0, args, 4, extra.length);
		String message = this.messages.getMessage(code.messageKey(), args, code.name(), locale);
		return new ApiError(code.name(), message, field, CorrelationIdFilter.current());
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
