package com.brokerage.passwordcenter.common;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The container's error page ({@code /error}: an exception or {@code sendError} that
 * escaped everything else) answers {@link ApiError} for {@code /api/} requests, whatever
 * the client accepts, instead of Spring Boot's {@code {timestamp,status,error,path}}; the
 * portal's pages keep Spring Boot's behaviour.
 */
class ApiErrorController extends BasicErrorController {

	private final ApiErrors errors;

	ApiErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers,
			ApiErrors errors) {
		super(attributes, properties, resolvers);
		this.errors = errors;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!forApi(request)) {
			return super.errorHtml(request, response);
		}
		withCorrelationId(request, () -> {
			try {
				this.errors.write(response, codeOf(request), RequestContextUtils.getLocale(request));
			}
			catch (IOException ex) {
				// the client is gone
			}
			return null;
		});
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!forApi(request)) {
			return super.error(request);
		}
		ApiError error = withCorrelationId(request,
				() -> this.errors.of(codeOf(request), null, RequestContextUtils.getLocale(request)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", error.code());
		body.put("message", error.message());
		body.put("field", error.field());
		body.put("correlationId", error.correlationId());
		return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static boolean forApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && ApiPaths.isApi(path, request.getContextPath());
	}

	private ErrorCode codeOf(HttpServletRequest request) {
		return JsonErrorReportValve.codeOf(getStatus(request).value());
	}

	/** The failed request's id: its MDC entry was cleared before this error dispatch. */
	private static <T> T withCorrelationId(HttpServletRequest request, Supplier<T> work) {
		if (request.getAttribute(CorrelationIdFilter.ATTRIBUTE) instanceof String id) {
			MDC.put(CorrelationIdFilter.MDC_KEY, id);
		}
		try {
			return work.get();
		}
		finally {
			MDC.remove(CorrelationIdFilter.MDC_KEY);
		}
	}

}
