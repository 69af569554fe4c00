package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The driver's HTTP side: one keep-alive client per TLS identity, cookies kept per
 * virtual customer ({@link Cookies}) rather than per client, so thousands of customers
 * share a few connections as they would share a load balancer's.
 */
final class BenchHttp {

	static final String CSRF_COOKIE = "PC-XSRF-TOKEN";

	static final String CSRF_HEADER = "X-PC-XSRF-TOKEN";

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client;

	private final String base;

	BenchHttp(String base, SSLContext tls) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.sslContext(tls)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Trusts the server certificate of the app's dev CA; presents {@code clientKeys} if
	 * given.
	 */
	static SSLContext tls(Path serverCa, KeyStore clientKeys, char[] password) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		try (var in = Files.newInputStream(serverCa)) {
			trust.setCertificateEntry("ca",
					(X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trust);
		KeyManagerFactory keyManagers = null;
		if (clientKeys != null) {
			keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(clientKeys, password);
		}
		SSLContext context = SSLContext.getInstance("TLS");
		context.init((keyManagers != null) ? keyManagers.getKeyManagers() : null, trustManagers.getTrustManagers(),
				null);
		return context;
	}

	Answer get(Cookies cookies, String path) throws IOException, InterruptedException {
		return send(cookies, request(cookies, path).GET().build());
	}

	Answer post(Cookies cookies, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(cookies, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		String csrf = cookies.get(CSRF_COOKIE);
		if (csrf != null) {
			request.header(CSRF_HEADER, csrf);
		}
		return send(cookies, request.build());
	}

	/**
	 * An operator's call (HTTP Basic), e.g. the engine REST API or the Prometheus scrape.
	 */
	Answer operator(String path) throws IOException, InterruptedException {
		return send(new Cookies(),
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", OPERATOR).build());
	}

	/** An operator's POST to the engine REST API (no CSRF there: HTTP Basic only). */
	Answer operatorPost(String path, String contentType, byte[] body) throws IOException, InterruptedException {
		return send(new Cookies(),
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Authorization", OPERATOR)
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build());
	}

	private static final String OPERATOR = "Basic "
			+ Base64.getEncoder().encodeToString("operator:operator-demo".getBytes(StandardCharsets.UTF_8));

	private HttpRequest.Builder request(Cookies cookies, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "en");
		String header = cookies.header();
		if (!header.isEmpty()) {
			request.header("Cookie", header);
		}
		return request;
	}

	private Answer send(Cookies cookies, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		cookies.take(response.headers().allValues("set-cookie"));
		return new Answer(response.statusCode(), response.body());
	}

	record Answer(int status, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("not JSON: " + this.body, ex);
			}
		}

		Answer expect(int expected, String what) {
			if (this.status != expected) {
				throw new IllegalStateException(what + ": HTTP " + this.status + " " + this.body);
			}
			return this;
		}

	}

	/** One browser's cookie jar, enough for our two cookies (session and CSRF). */
	static final class Cookies {

		private final Map<String, String> values = new LinkedHashMap<>();

		synchronized String get(String name) {
			return this.values.get(name);
		}

		synchronized String header() {
			StringBuilder header = new StringBuilder();
			this.values.forEach((name,
					value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
			return header.toString();
		}

		synchronized void take(List<String> setCookies) {
			for (String setCookie : setCookies) {
				String pair = setCookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String value = pair.substring(equals + 1);
					if (value.isEmpty()) {
						this.values.remove(pair.substring(0, equals));
					}
					else {
						this.values.put(pair.substring(0, equals), value);
					}
				}
			}
		}

	}

}
