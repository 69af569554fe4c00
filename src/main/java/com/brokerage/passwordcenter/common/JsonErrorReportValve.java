package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat's own error answers — what its connector refuses before any filter runs
 * ({@code %2F}, {@code %5C}, {@code %00} in a path, a method it does not allow) — are
 * JSON errors of the documented shape under {@code /api/}, in the request's language; the
 * rest keep Tomcat's bare page (no server version, no report).
 */
class JsonErrorReportValve extends ErrorReportValve {

	private final ObjectProvider<ApiErrors> errors;

	private final ObjectProvider<LocaleResolver> locales;

	private final ObjectProvider<ObjectMapper> json;

	JsonErrorReportValve(ObjectProvider<ApiErrors> errors, ObjectProvider<LocaleResolver> locales,
			ObjectProvider<ObjectMapper> json) {
		this.errors = errors;
		this.locales = locales;
		this.json = json;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		// as Tomcat's own: nothing on success, after a body, or for an error not marked
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String id = CorrelationIdFilter.newId();
		MDC.put(CorrelationIdFilter.MDC_KEY, id);
		try {
			Locale locale = this.locales.getObject().resolveLocale(request);
			ApiError error = this.errors.getObject().of(codeOf(status), null, locale);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(CorrelationIdFilter.HEADER, id);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.json.getObject().writeValueAsString(error));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the answer already started: nothing left to tell
		}
		finally {
			MDC.remove(CorrelationIdFilter.MDC_KEY);
		}
	}

	static ErrorCode codeOf(int status) {
		return switch (status) {
			case 404 -> ErrorCode.NOT_FOUND;
			case 405, 501 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCode.NOT_ACCEPTABLE;
			case 413 -> ErrorCode.BODY_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			default -> (status < 500) ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
		};
	}

}
