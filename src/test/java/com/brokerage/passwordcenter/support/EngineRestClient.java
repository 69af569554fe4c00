package com.brokerage.passwordcenter.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An engine user at {@code /engine-rest} over real HTTP with Basic auth, as Camunda
 * Modeler or an operator's script talks to it.
 */
public class EngineRestClient {

	/** What Camunda Modeler 5.x writes into every deployment it makes. */
	public static final String MODELER_SOURCE = "Camunda Modeler";

	private final String base;

	private final String authorization;

	private final HttpClient http = HttpClient.newHttpClient();

	public EngineRestClient(String serverBase, String user, String password) {
		this(serverBase, null, user, password);
	}

	/** The engine of this name: {@code /engine-rest/engine/{name}/...}. */
	public EngineRestClient(String serverBase, String engineName, String user, String password) {
		this.base = serverBase + "/engine-rest" + ((engineName != null) ? "/engine/" + engineName : "");
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * The request Camunda Modeler's rocket button sends (5.x, Camunda 7): the deployment
	 * name, its source, duplicate filtering, and the diagram as a file part named by its
	 * file name.
	 */
	public HttpResponse<String> deployAsModeler(String deploymentName, String fileName, String diagram) {
		String boundary = "----modeler" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "deployment-name", deploymentName);
		field(body, boundary, "deployment-source", MODELER_SOURCE);
		field(body, boundary, "enable-duplicate-filtering", "true");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/xml\r\n\r\n" + diagram + "\r\n--" + boundary + "--\r\n");
		return send(request("/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		write(body,
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
