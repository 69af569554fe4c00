package com.brokerage.passwordcenter.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The API reads JSON only: a request under {@code /api/} that carries a body of any other
 * type (XML, a form, text, none named) is refused with {@code 415 UNSUPPORTED_MEDIA_TYPE}
 * before anything parses it — also where the operation ignores its body, so no converter
 * or parameter binding ever sees it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class JsonOnlyBodyFilter extends OncePerRequestFilter {

	private final ApiErrors errors;

	JsonOnlyBodyFilter(ApiErrors errors) {
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasBody(request) && !isJson(request.getContentType())) {
			this.errors.write(response, ErrorCode.UNSUPPORTED_MEDIA_TYPE, RequestContextUtils.getLocale(request));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
