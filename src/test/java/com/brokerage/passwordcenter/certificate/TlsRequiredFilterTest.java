package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class TlsRequiredFilterTest {

	private final ApiErrors errors = mock(ApiErrors.class);

	TlsRequiredFilterTest() throws IOException {
		doAnswer((invocation) -> {
			HttpServletResponse response = invocation.getArgument(0);
			response.setStatus(invocation.<ErrorCode>getArgument(1).status().value());
			return null;
		}).when(this.errors).write(any(), any(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/reissues", "/api/v1/reissues/123/passcode", "/api/v1/unlocks",
			"/api/v1/unlocks/abc", "/api/v1/unlock%73/abc", "/api/v1/reissues;jsessionid=1/x", "/api/v1/reissues/links",
			"/reissue/link", "/reissue/applications/123/passcode" })
	@DisplayName("R-REISSUE-12: reissue and unlock over plain HTTP are refused with 403 TLS_REQUIRED")
	void plainHttpRefused(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter(true).doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(HttpStatus.FORBIDDEN.value());
		assertThat(chain.getRequest()).as("the request goes no further").isNull();
		verify(this.errors).write(eq(response), eq(ErrorCode.TLS_REQUIRED), any(Locale.class));
	}

	@Test
	@DisplayName("R-REISSUE-12: reissue and unlock over TLS pass")
	void tlsPasses() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reissues");
		request.setSecure(true);
		MockFilterChain chain = new MockFilterChain();

		filter(true).doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
		verifyNoInteractions(this.errors);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/captcha", "/api/v1/login", "/api/v1/reissuesx", "/camunda/app/" })
	@DisplayName("R-REISSUE-12: other paths are not this filter's business")
	void otherPathsPass(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockFilterChain chain = new MockFilterChain();

		filter(true).doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	@DisplayName("R-REISSUE-12: require-tls=false (local plain-HTTP tests only) lets plain HTTP through")
	void switchedOff() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/unlocks");
		MockFilterChain chain = new MockFilterChain();

		filter(false).doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	@DisplayName("TLS_REQUIRED has a message in zh-TW and English")
	void messages() throws IOException {
		assertThat(messages("messages.properties").getProperty("error.TLS_REQUIRED")).contains("HTTPS");
		assertThat(messages("messages_en.properties").getProperty("error.TLS_REQUIRED")).contains("HTTPS");
		assertThat(ErrorCode.TLS_REQUIRED.status()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private TlsRequiredFilter filter(boolean requireTls) {
		CertificateProperties properties = new CertificateProperties(null, null, requireTls,
				new CertificateProperties.ProxyHeader(false, "X-Client-Cert", List.of()),
				new CertificateProperties.DevPki(false, Path.of("unused")), true);
		return new TlsRequiredFilter(properties, this.errors);
	}

	private static Properties messages(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TlsRequiredFilterTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
