package com.brokerage.passwordcenter.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.net.ssl.SSLContext;

/**
 * A script against the running server over real HTTP(S), like the curl walk-through in
 * docs/api.md: keeps cookies, echoes the CSRF cookie in its header, optionally presents a
 * TLS client certificate.
 */
public class HttpApiClient {

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	private final java.time.Duration timeout;

	public HttpApiClient(String base, SSLContext tls) {
		this.base = base;
		this.timeout = null;
		this.cookies = new CookieManager();
		HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(this.cookies);
		if (tls != null) {
			builder.sslContext(tls);
		}
		this.http = builder.build();
	}

	private HttpApiClient(String base, CookieManager cookies, HttpClient http, java.time.Duration timeout) {
		this.base = base;
		this.cookies = cookies;
		this.http = http;
		this.timeout = timeout;
	}

	/** The same browser, giving up on an answer after {@code timeout} (fault tests). */
	public HttpApiClient withTimeout(java.time.Duration timeout) {
		return new HttpApiClient(this.base, this.cookies, this.http, timeout);
	}

	/**
	 * The same browser (cookie jar, certificate) at another node, as a load balancer
	 * would send it.
	 */
	public HttpApiClient at(String otherBase) {
		return new HttpApiClient(otherBase, this.cookies, this.http, this.timeout);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public HttpResponse<String> post(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		String csrf = csrf();
		if (csrf != null) {
			request.header(ApiClient.CSRF_HEADER, csrf);
		}
		return send(request);
	}

	public HttpResponse<String> login(String nationalId, String password) {
		String altcha = CaptchaSolver.solve(get("/api/v1/captcha").body());
		return post("/api/v1/login", ApiClient.loginJson(nationalId, password, altcha));
	}

	private String csrf() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(ApiClient.CSRF_COOKIE))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (this.timeout != null) {
			request.timeout(this.timeout);
		}
		try {
			return this.http.send(request.header("Accept-Language", "zh-TW").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
