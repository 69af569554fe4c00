package com.brokerage.passwordcenter.operations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** The CycloneDX SBOM the build makes, served to operators by the actuator. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SbomEndpointTest {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("operators read the SBOM at /actuator/sbom/application; it lists the engine; anonymous callers get 401")
	void operatorsReadTheSbom() throws Exception {
		MockHttpServletResponse sbom = this.mvc
			.perform(MockMvcRequestBuilders.get("/actuator/sbom/application")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("operator:operator-test".getBytes(StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse();
		assertThat(sbom.getStatus()).isEqualTo(200);
		String body = sbom.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.bomFormat")).isEqualTo("CycloneDX");
		assertThat(JsonPath.<List<String>>read(body, "$.components[?(@.name == 'camunda-engine')].version"))
			.containsExactly("7.24.0");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/actuator/sbom/application"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
	}

}
