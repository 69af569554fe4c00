package com.brokerage.passwordcenter.common;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the JSON API into {@link ApiError}: a stable code, a message the
 * customer can act on, the field at fault. Never a stack trace, never the rejected value
 * (it may be a password).
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** How Jackson's STRICT_DUPLICATE_DETECTION and FAIL_ON_TRAILING_TOKENS begin. */
	private static final String DUPLICATE_FIELD = "Duplicate field '";

	private static final String TRAILING_TOKEN = "Trailing token";

	private final ApiErrors errors;

	ApiExceptionHandler(ApiErrors errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiError> business(ApiException ex, Locale locale) {
		return answer(ex.code(), ex.field(), locale, ex.arguments());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex, Locale locale) {
		FieldError error = ex.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
		if (error == null) {
			return answer(ErrorCode.MALFORMED_REQUEST, null, locale);
		}
		return answer(codeOf(error.getDefaultMessage()), error.getField(), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		if (BodySizeLimitFilter.isTooLarge(ex)) {
			return answer(ErrorCode.BODY_TOO_LARGE, null, locale);
		}
		Throwable cause = ex.getCause();
		if (cause instanceof JsonParseException parse && parse.getMessage().startsWith(DUPLICATE_FIELD)) {
			return answer(ErrorCode.DUPLICATE_FIELD, duplicateName(parse), locale);
		}
		if (cause instanceof MismatchedInputException trailing && trailing.getMessage().startsWith(TRAILING_TOKEN)) {
			return answer(ErrorCode.TRAILING_CONTENT, null, locale);
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return answer(ErrorCode.UNKNOWN_FIELD, unknown.getPropertyName(), locale);
		}
		if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
			String field = fieldOf((JsonMappingException) cause);
			return answer(field != null ? ErrorCode.WRONG_TYPE : ErrorCode.MALFORMED_REQUEST, field, locale);
		}
		return answer(ErrorCode.MALFORMED_REQUEST, null, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return answer(ErrorCode.WRONG_TYPE, ex.getName(), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		return answer(ErrorCode.FIELD_REQUIRED, ex.getParameterName(), locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return answer(ErrorCode.UNSUPPORTED_MEDIA_TYPE, null, locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return answer(ErrorCode.METHOD_NOT_ALLOWED, null, locale);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException ex, Locale locale) {
		return answer(ErrorCode.NOT_FOUND, null, locale);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex, Locale locale) {
		return answer(ErrorCode.NOT_ACCEPTABLE, null, locale);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex, Locale locale) {
		if (ex instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
			// the rest of Spring MVC's client errors (a missing header, a bad path
			// variable)
			return answer(ErrorCode.MALFORMED_REQUEST, null, locale);
		}
		// the stack trace without any message that could quote input (a secret); the
		// correlation id (MDC) ties this line to the customer's error answer
		log.error("unexpected failure: {}", ProcessDataException.describe(ex), RedactedFailure.of(ex));
		return answer(ErrorCode.INTERNAL_ERROR, null, locale);
	}

	private ResponseEntity<ApiError> answer(ErrorCode code, String field, Locale locale, Object... arguments) {
		// JSON whatever the client accepts: an error must not turn into a 406
		return ResponseEntity.status(code.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.errors.of(code, field, locale, arguments));
	}

	private static ErrorCode codeOf(String constraintMessage) {
		try {
			return ErrorCode.valueOf(constraintMessage);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return ErrorCode.FIELD_INVALID;
		}
	}

	private static String duplicateName(JsonParseException ex) {
		String message = ex.getOriginalMessage();
		int end = message.indexOf('\'', DUPLICATE_FIELD.length());
		return (end > 0) ? message.substring(DUPLICATE_FIELD.length(), end) : null;
	}

	private static String fieldOf(JsonMappingException ex) {
		return ex.getPath().isEmpty() ? null : ex.getPath().get(ex.getPath().size() - 1).getFieldName();
	}

}
