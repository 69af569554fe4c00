package com.brokerage.passwordcenter.common;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the JSON API: {@code /api/…} as the client sent it. */
final class ApiPaths {

	static final String PREFIX = "/api/";

	private ApiPaths() {
	}

	static boolean isApi(HttpServletRequest request) {
		return isApi(request.getRequestURI(), request.getContextPath());
	}

	/** The raw URI: a path Tomcat or the firewall refuses is still recognised. */
	static boolean isApi(String requestUri, String contextPath) {
		return requestUri != null && requestUri.startsWith(((contextPath != null) ? contextPath : "") + PREFIX);
	}

}
