package com.brokerage.passwordcenter.notification;

import java.net.URI;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client, sending to another base URL (a WireMock, a Twilio-
 * compatible gateway) instead of {@code https://*.twilio.com}: the SDK has no setting for
 * that, so each request is copied with its URL rebased.
 */
class RebasingHttpClient extends NetworkHttpClient {

	private final URI base;

	RebasingHttpClient(String baseUrl) {
		this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
	}

	@Override
	public Response makeRequest(Request request) {
		return super.makeRequest(new RebasedRequest(request, this.base));
	}

	static final class RebasedRequest extends Request {

		private final URI base;

		RebasedRequest(Request original, URI base) {
			super(original.getMethod(), original.getUrl());
			this.base = base;
			if (original.getAuthStrategy() != null) {
				setAuth(original.getAuthStrategy());
			}
			else if (original.getUsername() != null) {
				setAuth(original.getUsername(), original.getPassword());
			}
			getQueryParams().putAll(original.getQueryParams());
			getPostParams().putAll(original.getPostParams());
			getHeaderParams().putAll(original.getHeaderParams());
			setUserAgentExtensions(original.getUserAgentExtensions());
			setContentType(original.getContentType());
			setBody(original.getBody());
			setFormParameters(original.getFormParameters());
		}

		@Override
		protected String buildURL() {
			// after the SDK applied region and edge to the Twilio host: keep the path,
			// swap
			// the origin
			String path = URI.create(super.buildURL()).getRawPath();
			String basePath = (this.base.getRawPath() != null) ? this.base.getRawPath() : "";
			return this.base.getScheme() + "://" + this.base.getRawAuthority() + basePath + path;
		}

	}

}
