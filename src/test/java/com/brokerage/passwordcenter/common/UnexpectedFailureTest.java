package com.brokerage.passwordcenter.common;

import com.brokerage.passwordcenter.support.FailingEndpoint;
import com.brokerage.passwordcenter.support.RawHttp;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.RawHttp.Answer;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 an operator can diagnose: the customer gets a JSON error with a correlation id;
 * the log line with that id has the stack trace, and not the secret the failure carried.
 * Same context as {@link HostileInputTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.certificate.require-tls=false")
@Import({ FailingEndpoint.class, TestCustomers.class })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureTest {

	private static final String SECRET = "Sekr3tPass";

	@LocalServerPort
	int port;

	@Test
	@DisplayName("an unexpected failure: 500 INTERNAL_ERROR with a correlation id, logged with it and its stack trace, without the secret")
	void diagnosable(CapturedOutput output) {
		Answer answer = new RawHttp(this.port).send("GET " + FailingEndpoint.PATH + "?password=" + SECRET + " HTTP/1.1",
				(byte[]) null);

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		assertThat((String) JsonPath.read(answer.body(), "$.code")).isEqualTo("INTERNAL_ERROR");
		String id = JsonPath.read(answer.body(), "$.correlationId");
		assertThat(id).matches("[0-9a-f]{16}").isEqualTo(answer.header(CorrelationIdFilter.HEADER));
		assertThat(answer.body()).doesNotContain(SECRET, "Exception");

		String line = output.getOut()
			.lines()
			.filter((l) -> l.contains("unexpected failure"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no log line: " + output.getOut()));
		assertThat(line).contains("[" + id + "]", "ERROR", "java.lang.IllegalStateException");
		String trace = output.getOut().substring(output.getOut().indexOf(line));
		assertThat(trace).contains("at com.brokerage.passwordcenter.support.FailingEndpoint$Failing.fail(",
				"Caused by: ", "java.lang.IllegalArgumentException (message withheld");
		assertThat(output.getAll()).doesNotContain(SECRET);
	}

	@Test
	@DisplayName("a failure before Spring MVC (in a servlet filter) reaches the container's error page: the API's JSON there too")
	void beforeSpringMvc() {
		for (String accept : new String[] { "application/json", "text/html" }) {
			Answer answer = new RawHttp(this.port)
				.send("GET " + FailingEndpoint.FILTER_PATH + " HTTP/1.1\r\nAccept: " + accept, (byte[]) null);
			assertThat(answer.status()).isEqualTo(500);
			assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/json");
			assertThat((String) JsonPath.read(answer.body(), "$.code")).isEqualTo("INTERNAL_ERROR");
			assertThat((String) JsonPath.read(answer.body(), "$.message")).containsPattern("\\p{IsHan}");
			assertThat((String) JsonPath.read(answer.body(), "$.correlationId"))
				.isEqualTo(answer.header(CorrelationIdFilter.HEADER));
		}
	}

	@Test
	@DisplayName("every answer carries its own random correlation id, also where nothing failed")
	void everyAnswer() {
		RawHttp http = new RawHttp(this.port);
		String first = http.send("GET /api/v1/captcha HTTP/1.1", (byte[]) null).header(CorrelationIdFilter.HEADER);
		String second = http.send("GET /api/v1/captcha HTTP/1.1", (byte[]) null).header(CorrelationIdFilter.HEADER);
		assertThat(first).matches("[0-9a-f]{16}");
		assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
	}

}
