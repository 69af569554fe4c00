package com.brokerage.passwordcenter.common;

import com.brokerage.passwordcenter.support.ApiClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear 4xx JSON error with a stable code, never a 500 or a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputTest {

	@Autowired
	MockMvc mvc;

	ApiClient client;

	@BeforeEach
	void withCsrfCookie() {
		this.client = new ApiClient(this.mvc);
		this.client.get("/api/v1/captcha");
	}

	@DisplayName("malformed, mistyped, unknown or invalid input → 400 with code and field")
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{not json                                                          | MALFORMED_REQUEST   |
			'{"nationalId":"A123456789","password":"x","altcha":"y","admin":1}' | UNKNOWN_FIELD       | admin
			'{"nationalId":["A123456789"],"password":"x","altcha":"y"}'         | WRONG_TYPE          | nationalId
			'{"nationalId":"A123456788","password":"x","altcha":"y"}'           | INVALID_NATIONAL_ID | nationalId
			'{"password":"x","altcha":"y"}'                                     | FIELD_REQUIRED      | nationalId
			'{"nationalId":"A123456789","altcha":"y"}'                          | FIELD_REQUIRED      | password
			""")
	void badInput(String body, String code, String field) throws Exception {
		MockHttpServletResponse response = this.client.post("/api/v1/login", body);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.code")).isEqualTo(code);
		assertThat(response.getContentAsString()).contains("\"message\"").doesNotContain("Exception", "at com.");
		if (field != null) {
			assertThat((String) JsonPath.read(response.getContentAsString(), "$.field")).isEqualTo(field);
		}
	}

	@Test
	@DisplayName("R-PWD-4: an empty new password points at the new-password field, not at its confirmation")
	void emptyNewPasswordPointsAtItsField() throws Exception {
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse response = this.client.overTls()
				.post("/api/v1/reissues/00000000-0000-0000-0000-000000000000/password",
						"{\"initialPassword\":\"Init12345\",\"newPassword\":\"\",\"confirmation\":\"\"}");
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat((String) JsonPath.read(response.getContentAsString(), "$.code")).isEqualTo("FIELD_REQUIRED");
			assertThat((String) JsonPath.read(response.getContentAsString(), "$.field")).isEqualTo("newPassword");
		}
	}

	@Test
	@DisplayName("an oversize body is refused before it is read")
	void oversizeBody() throws Exception {
		String huge = "{\"nationalId\":\"" + "A".repeat(20_000) + "\"}";
		MockHttpServletResponse response = this.client.post("/api/v1/login", huge);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.code")).isEqualTo("BODY_TOO_LARGE");
	}

	@Test
	@DisplayName("a wrong content type, an unknown path and a wrong method answer in JSON too")
	void otherShapes() throws Exception {
		MockHttpServletResponse text = this.client.send(MockMvcRequestBuilders.post("/api/v1/login")
			.contentType(MediaType.TEXT_PLAIN)
			.content("nationalId=A123456789"));
		assertThat(text.getStatus()).isEqualTo(415);
		assertThat(text.getContentAsString()).contains("UNSUPPORTED_MEDIA_TYPE");
		MockHttpServletResponse missing = this.client.get("/api/v1/nothing-here");
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentAsString()).contains("NOT_FOUND");
		MockHttpServletResponse method = this.client.get("/api/v1/login");
		assertThat(method.getStatus()).isEqualTo(405);
		assertThat(method.getContentAsString()).contains("METHOD_NOT_ALLOWED");
	}

	@Test
	@DisplayName("messages are zh-TW by default and English on Accept-Language: en")
	void languages() throws Exception {
		String body = "{\"nationalId\":\"A123456788\",\"password\":\"x\",\"altcha\":\"y\"}";
		String zh = this.client.post("/api/v1/login", body).getContentAsString();
		assertThat((String) JsonPath.read(zh, "$.message")).contains("身分證字號");
		String en = this.client.english().post("/api/v1/login", body).getContentAsString();
		assertThat((String) JsonPath.read(en, "$.message")).contains("national ID");
	}

}
