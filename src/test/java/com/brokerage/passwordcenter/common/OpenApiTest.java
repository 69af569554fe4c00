package com.brokerage.passwordcenter.common;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("the app serves its OpenAPI document, covering the customer API")
	void servesOpenApi() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.paths")).containsKeys("/api/v1/login",
				"/api/v1/captcha", "/api/v1/reissues", "/api/v1/reissues/{id}/passcode", "/api/v1/unlocks");
	}

	@Test
	@DisplayName("the error schema documents code, message, field and the correlation id")
	void errorSchema() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.components.schemas.ApiError.properties"))
			.containsOnlyKeys("code", "message", "field", "correlationId");
		assertThat(JsonPath.<String>read(document,
				"$.paths['/api/v1/login'].post.responses.default.content['application/json'].schema.$ref"))
			.isEqualTo("#/components/schemas/ApiError");
	}

}
