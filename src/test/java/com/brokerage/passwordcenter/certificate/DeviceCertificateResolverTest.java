package com.brokerage.passwordcenter.certificate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeviceCertificateResolverTest {

	private static final String HEADER = "X-Client-Cert";

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestPki.Issued device = pki.valid("A123456789");

	private static final TestPki.Issued proxy = pki.valid("B120000008");

	@Test
	@DisplayName("R-REISSUE-3: the TLS client certificate of the connection is the device's")
	void tlsAttribute() {
		MockHttpServletRequest request = request("203.0.113.7");
		request.setAttribute(DeviceCertificateResolver.TLS_ATTRIBUTE, device.chain());

		assertThat(resolver(false).resolve(request)).containsExactly(device.certificate());
	}

	@Test
	@DisplayName("R-REISSUE-3: no TLS certificate and no header: nothing presented")
	void nothing() {
		assertThat(resolver(true).resolve(request("10.1.2.3"))).isEmpty();
		assertThat(resolver(false).resolve(request("203.0.113.7"))).isEmpty();
	}

	@Test
	@DisplayName("R-REISSUE-3: a trusted proxy's header (nginx $ssl_client_escaped_cert) carries the certificate")
	void headerFromTrustedProxy() {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader(HEADER, nginxEscape(device.pem()));

		assertThat(resolver(true).resolve(request)).containsExactly(device.certificate());
	}

	@Test
	@DisplayName("R-REISSUE-3: a form-encoded header ('+' for space) and IPv6 proxies are understood")
	void formEncodedHeaderAndIpv6() {
		MockHttpServletRequest request = request("0:0:0:0:0:0:0:1");
		request.addHeader(HEADER, URLEncoder.encode(device.pem(), StandardCharsets.UTF_8));

		assertThat(resolver(true).resolve(request)).containsExactly(device.certificate());
	}

	@Test
	@DisplayName("R-REISSUE-3: behind a trusted proxy the connection's own certificate is the proxy's, not the device's")
	void proxyConnectionCertificateIgnored() {
		MockHttpServletRequest request = request("10.1.2.3");
		request.setAttribute(DeviceCertificateResolver.TLS_ATTRIBUTE, proxy.chain());
		request.addHeader(HEADER, nginxEscape(device.pem()));

		assertThat(resolver(true).resolve(request)).containsExactly(device.certificate());

		request.removeHeader(HEADER);
		assertThat(resolver(true).resolve(request)).isEmpty();
	}

	@Test
	@DisplayName("R-REISSUE-3: the header from an address that is not a trusted proxy is a forgery and ignored")
	void headerFromUntrustedAddress() {
		MockHttpServletRequest request = request("203.0.113.7");
		request.addHeader(HEADER, nginxEscape(device.pem()));

		assertThat(resolver(true).resolve(request)).isEmpty();

		request.setAttribute(DeviceCertificateResolver.TLS_ATTRIBUTE, proxy.chain());
		assertThat(resolver(true).resolve(request)).containsExactly(proxy.certificate());
	}

	@Test
	@DisplayName("R-REISSUE-3: with the proxy header disabled the header is ignored even from a proxy address")
	void headerDisabled() {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader(HEADER, nginxEscape(device.pem()));

		assertThat(resolver(false).resolve(request)).isEmpty();
	}

	@Test
	@DisplayName("R-REISSUE-3: an unreadable header gives no certificate")
	void garbageHeader() {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader(HEADER, "-----BEGIN%20CERTIFICATE-----%0Anot-base64!%0A-----END%20CERTIFICATE-----");
		assertThat(resolver(true).resolve(request)).isEmpty();

		request = request("10.1.2.3");
		request.addHeader(HEADER, "yes, I have a certificate");
		assertThat(resolver(true).resolve(request)).isEmpty();
	}

	@Test
	@DisplayName("A trusted proxy must be an address or a range, not a host name")
	void hostNameRefused() {
		CertificateProperties properties = properties(true, List.of("proxy.example.com"));

		assertThatIllegalArgumentException().isThrownBy(() -> new DeviceCertificateResolver(properties));
	}

	private static DeviceCertificateResolver resolver(boolean headerEnabled) {
		return new DeviceCertificateResolver(properties(headerEnabled, List.of("10.0.0.0/8", "::1")));
	}

	private static CertificateProperties properties(boolean headerEnabled, List<String> proxies) {
		return new CertificateProperties(null, null, true,
				new CertificateProperties.ProxyHeader(headerEnabled, HEADER, proxies),
				new CertificateProperties.DevPki(false, Path.of("unused")), true);
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/unlocks");
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	/** Percent-encodes all but unreserved characters, as nginx's escaped certificate. */
	private static String nginxEscape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (Character.isLetterOrDigit(c) && c < 128 || "-_.~".indexOf(c) >= 0) {
				escaped.append(c);
			}
			else {
				escaped.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return escaped.toString();
	}

}
