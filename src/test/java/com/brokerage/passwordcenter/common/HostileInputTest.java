package com.brokerage.passwordcenter.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.brokerage.passwordcenter.support.FailingEndpoint;
import com.brokerage.passwordcenter.support.RawHttp;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.RawHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a careless client sends, byte for byte over a socket, against every
 * operation of the app's own OpenAPI document (read at test time, so a new operation is
 * covered the day it appears): never a 5xx, always JSON, every error with code and
 * message in zh-TW unless English is asked for — including what Tomcat and Spring
 * Security refuse before our code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.certificate.require-tls=false")
@Import({ FailingEndpoint.class, TestCustomers.class })
@ActiveProfiles("test")
class HostileInputTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final ObjectMapper json = new ObjectMapper();

	private static final String HUGE = "{\"nationalId\":\"" + "A".repeat(20_000) + "\"}";

	@LocalServerPort
	int port;

	RawHttp http;

	String csrf;

	@BeforeEach
	void client() {
		this.http = new RawHttp(this.port);
		Answer first = this.http.send("GET /api/v1/captcha HTTP/1.1", (byte[]) null);
		this.csrf = cookie(first, SecurityConfiguration.CSRF_COOKIE);
	}

	/** One hostile input: how it changes the path, the headers and the body. */
	record Input(String name, String pathSuffix, String method, String contentType, String body, String extraHeaders,
			Set<String> codes) {

		static Input body(String name, String contentType, String body, String... codes) {
			return new Input(name, "", null, contentType, body, "", Set.of(codes));
		}

		static Input path(String name, String suffix, String... codes) {
			return new Input(name, suffix, null, "application/json", "{}", "", Set.of(codes));
		}

	}

	/**
	 * Codes an answer may carry before the input's own check: who may call is decided
	 * first.
	 */
	private static final Set<String> ACCESS = Set.of("NOT_AUTHENTICATED", "ACCESS_DENIED");

	static List<Input> inputs() {
		String chunkedHuge = Integer.toHexString(HUGE.length()) + "\r\n" + HUGE + "\r\n0\r\n\r\n";
		return List.of(
				// FIELD: the operation's own first field, so the duplicate is what is
				// wrong
				Input.body("duplicate keys", "application/json", "{\"FIELD\":null,\"FIELD\":null}", "DUPLICATE_FIELD"),
				Input.body("a second JSON value", "application/json", "{} {\"x\":1}", "TRAILING_CONTENT"),
				Input.body("trailing garbage", "application/json", "{}garbage", "MALFORMED_REQUEST",
						"TRAILING_CONTENT"),
				Input.body("XML", "application/xml", "<login><nationalId>A123456789</nationalId></login>",
						"UNSUPPORTED_MEDIA_TYPE"),
				Input.body("XML as text", "text/xml", "<login/>", "UNSUPPORTED_MEDIA_TYPE"),
				Input.body("a form", "application/x-www-form-urlencoded", "nationalId=A123456789",
						"UNSUPPORTED_MEDIA_TYPE"),
				Input.body("text", "text/plain", "{\"nationalId\":\"A123456789\"}", "UNSUPPORTED_MEDIA_TYPE"),
				Input.body("no content type", null, "{\"nationalId\":\"A123456789\"}", "UNSUPPORTED_MEDIA_TYPE"),
				Input.body("a broken content type", "application/", "{}", "UNSUPPORTED_MEDIA_TYPE"),
				Input.body("empty body", "application/json", "", "MALFORMED_REQUEST"),
				Input.body("not JSON", "application/json", "{nationalId:", "MALFORMED_REQUEST"),
				Input.body("huge body", "application/json", HUGE, "BODY_TOO_LARGE"),
				new Input("huge chunked body", "", null, "application/json", chunkedHuge,
						"\r\nTransfer-Encoding: chunked", Set.of("BODY_TOO_LARGE")),
				new Input("XML wanted back", "", null, "application/json", "{}", "\r\nAccept: application/xml",
						Set.of("NOT_ACCEPTABLE")),
				Input.path("%00 in the path", "%00", "MALFORMED_REQUEST", "NOT_FOUND"),
				Input.path("%2F in the path", "%2Fx", "MALFORMED_REQUEST", "NOT_FOUND"),
				Input.path("%5C in the path", "%5Cx", "MALFORMED_REQUEST", "NOT_FOUND"),
				Input.path(";jsessionid= in the path", ";jsessionid=0123456789ABCDEF", "MALFORMED_REQUEST"),
				Input.path("encoded dot segments", "/%2e%2e/%2e%2e/actuator", "MALFORMED_REQUEST", "NOT_FOUND"),
				Input.path("an unknown path below", "/nothing-here", "NOT_FOUND", "METHOD_NOT_ALLOWED"),
				new Input("a method it does not have", "", "DELETE", "application/json", "{}", "",
						Set.of("METHOD_NOT_ALLOWED")),
				new Input("without the CSRF token", "", null, "application/json", "{}", "NO_CSRF",
						Set.of("CSRF_TOKEN_INVALID")));
	}

	@TestFactory
	@DisplayName("every /api/ operation × every hostile input: no 5xx, JSON, code and message in zh-TW")
	Stream<DynamicTest> everyOperation() throws Exception {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations()) {
			for (Input input : inputs()) {
				tests.add(DynamicTest.dynamicTest(operation + " ← " + input.name(), () -> check(operation, input)));
			}
		}
		assertThat(tests).hasSizeGreaterThan(15 * inputs().size());
		return tests.stream();
	}

	private void check(Operation operation, Input input) {
		String method = (input.method() != null) ? input.method() : operation.method();
		if ("a method it does not have".equals(input.name()) && operation.methods().contains("DELETE")) {
			return;
		}
		Input concrete = (input.body() != null && operation.firstField() != null)
				? new Input(input.name(), input.pathSuffix(), input.method(), input.contentType(),
						input.body().replace("FIELD", operation.firstField()), input.extraHeaders(), input.codes())
				: input;
		Answer answer = send(method, operation.path() + input.pathSuffix(), concrete, null);
		assertThat(answer.status()).as(answer.toString()).isBetween(200, 499);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/json");
		JsonNode body = read(answer);
		if (answer.status() >= 400) {
			assertThat(body.path("code").asText()).as(answer.toString()).isNotEmpty();
			assertThat(body.path("message").asText()).as(answer.toString()).containsPattern(HAN);
			assertThat(body.has("field")).as(answer.toString()).isTrue();
			assertThat(body.path("correlationId").asText()).isEqualTo(answer.header(CorrelationIdFilter.HEADER));
		}
		if (expectsOwnCode(operation, input, body)) {
			assertThat(body.path("code").asText()).as(answer.toString()).isIn(input.codes());
		}
	}

	/**
	 * Whether this answer must carry the input's own code: body checks apply where the
	 * operation reads a body and the caller got past access control; path, method, media
	 * type and size checks apply everywhere.
	 */
	private static boolean expectsOwnCode(Operation operation, Input input, JsonNode body) {
		String code = body.path("code").asText();
		if (ACCESS.contains(code) && !input.codes().contains(code)) {
			return !operation.path().startsWith("/api/v1/me") && !operation.path().startsWith("/api/v1/operator")
					&& !operation.path().equals("/api/v1/logout");
		}
		boolean readsBody = operation.hasBody();
		return switch (input.name()) {
			case "duplicate keys", "a second JSON value", "trailing garbage", "empty body", "not JSON",
					"huge chunked body" ->
				readsBody;
			// an XML answer is refused (406) unless the request fails earlier: JSON
			// either way
			case "XML wanted back" -> false;
			case "without the CSRF token" -> !operation.method().equals("GET");
			default -> true;
		};
	}

	@Test
	@DisplayName("English on Accept-Language: en and on the portal's language cookie, for errors before our code too")
	void english() {
		Input xml = inputs().get(3);
		for (String header : List.of("\r\nAccept-Language: en", "\r\nCookie: PC-LANG=en")) {
			for (String path : List.of("/api/v1/login", "/api/v1/login%2Fx", "/api/v1/login;jsessionid=1",
					"/api/v1/me")) {
				Input input = new Input(xml.name(), "", null, "application/json", "{}", header, Set.of());
				Answer answer = send(path.equals("/api/v1/me") ? "GET" : "POST", path, input, null);
				assertThat(read(answer).path("message").asText()).as(answer.toString())
					.doesNotContainPattern(HAN)
					.isNotEmpty();
			}
			Answer xmlAnswer = send("POST", "/api/v1/login",
					new Input("XML", "", null, "application/xml", "<a/>", header, Set.of()), null);
			assertThat(read(xmlAnswer).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
			assertThat(read(xmlAnswer).path("message").asText()).contains("application/json")
				.doesNotContainPattern(HAN);
		}
	}

	@Test
	@DisplayName("what Tomcat's connector and Spring's firewall refuse in a path: 400 MALFORMED_REQUEST, as docs/api.md says")
	void pathRejections() {
		for (String path : List.of("/api/v1/login%00", "/api/v1/login%2Fx", "/api/v1/login%5Cx",
				"/api/v1/login;jsessionid=0123456789ABCDEF", "/api/v1/login/%2e%2e/%2e%2e/actuator",
				"/api/v1/%2e%2e/%2e%2e/actuator/env")) {
			Answer answer = send("POST", path, Input.body("path", "application/json", "{}"), null);
			assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
			assertThat(read(answer).path("code").asText()).as(path).isEqualTo("MALFORMED_REQUEST");
			assertThat(read(answer).path("correlationId").asText())
				.isEqualTo(answer.header(CorrelationIdFilter.HEADER));
		}
	}

	@Test
	@DisplayName("a duplicate key names the field and counts nothing: B's daily reissue applications stay untouched")
	void duplicateKeyNamesField() {
		Answer answer = send("POST", "/api/v1/reissues",
				Input.body("dup", "application/json",
						"{\"nationalId\":\"C123456789\",\"birthDate\":\"1990-01-01\",\"nationalId\":\"B123456789\"}"),
				null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(read(answer).path("code").asText()).isEqualTo("DUPLICATE_FIELD");
		assertThat(read(answer).path("field").asText()).isEqualTo("nationalId");
		assertThat(read(answer).path("message").asText()).contains("身分證字號");
	}

	private Answer send(String method, String path, Input input, String ignored) {
		StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1");
		boolean noCsrf = "NO_CSRF".equals(input.extraHeaders());
		if (!noCsrf) {
			head.append("\r\nCookie: ").append(SecurityConfiguration.CSRF_COOKIE).append('=').append(this.csrf);
			if (input.extraHeaders().startsWith("\r\nCookie: ")) {
				head.append("; ").append(input.extraHeaders().substring("\r\nCookie: ".length()));
			}
			head.append("\r\n").append(SecurityConfiguration.CSRF_HEADER).append(": ").append(this.csrf);
			if (!input.extraHeaders().startsWith("\r\nCookie: ")) {
				head.append(input.extraHeaders());
			}
		}
		if (input.contentType() != null) {
			head.append("\r\nContent-Type: ").append(input.contentType());
		}
		return this.http.send(head.toString(), input.body());
	}

	private static JsonNode read(Answer answer) {
		try {
			return json.readTree(answer.body());
		}
		catch (Exception ex) {
			throw new AssertionError("not JSON: " + answer, ex);
		}
	}

	private static String cookie(Answer answer, String name) {
		for (String part : answer.header("Set-Cookie").split("[;,]")) {
			if (part.trim().startsWith(name + "=")) {
				return part.trim().substring(name.length() + 1);
			}
		}
		throw new AssertionError("no cookie " + name + " in " + answer);
	}

	record Operation(String method, String path, boolean hasBody, String firstField, Set<String> methods) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private List<Operation> operations() throws Exception {
		JsonNode document = json.readTree(this.http.send("GET /v3/api-docs HTTP/1.1", (byte[]) null).body());
		List<Operation> operations = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			Set<String> methods = new java.util.HashSet<>();
			path.getValue().fieldNames().forEachRemaining((m) -> methods.add(m.toUpperCase(Locale.ROOT)));
			String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
			for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
				Map.Entry<String, JsonNode> op = ops.next();
				JsonNode schema = op.getValue()
					.path("requestBody")
					.path("content")
					.path("application/json")
					.path("schema");
				String ref = schema.path("$ref").asText();
				JsonNode properties = ref.isEmpty() ? schema.path("properties")
						: document.path("components")
							.path("schemas")
							.path(ref.substring(ref.lastIndexOf('/') + 1))
							.path("properties");
				String first = properties.fieldNames().hasNext() ? properties.fieldNames().next() : null;
				operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), concrete,
						op.getValue().has("requestBody"), first, methods));
			}
		}
		return operations;
	}

}
