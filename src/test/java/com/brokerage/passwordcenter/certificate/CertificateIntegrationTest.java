package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real thing: an HTTPS connector with {@code client-auth: want} naming a test CA, and
 * a client presenting (or not) a certificate. Every certificate passes the handshake
 * ({@link ClientCertificateTlsCustomizer}); a test-only endpoint reports what the
 * resolver and the verifier make of the connection.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(CertificateIntegrationTest.Probe.class)
class CertificateIntegrationTest {

	private static final String CUSTOMER = "A123456789";

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final TestPki.Issued chen = pki.valid(CUSTOMER);

	private static final TestPki.Issued revoked = pki.valid(CUSTOMER);

	private static final TestServerTls tls = TestServerTls.writeWithCrl(pki, "password-center-certificate-it",
			revoked.certificate());

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void https(DynamicPropertyRegistry registry) {
		tls.register(registry);
	}

	@AfterAll
	static void deleteFiles() throws IOException {
		FileSystemUtils.deleteRecursively(tls.directory());
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: a TLS client certificate of this customer arrives and is VALID")
	void clientCertificateValid() throws Exception {
		assertThat(probe(chen.sslContext(pki), CUSTOMER)).isEqualTo("VALID");
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: the same certificate for another customer is OTHER_CUSTOMER")
	void clientCertificateOtherCustomer() throws Exception {
		assertThat(probe(chen.sslContext(pki), "B120000008")).isEqualTo("OTHER_CUSTOMER");
	}

	@Test
	@DisplayName("R-REISSUE-3: a revoked certificate passes the handshake but is REVOKED by the configured CRL")
	void clientCertificateRevoked() throws Exception {
		assertThat(probe(revoked.sslContext(pki), CUSTOMER)).isEqualTo("REVOKED");
	}

	@Test
	@DisplayName("R-REISSUE-3: client-auth is wanted, not needed: without a certificate the request goes on, ABSENT")
	void noClientCertificate() throws Exception {
		assertThat(probe(pki.sslContext(), CUSTOMER)).isEqualTo("ABSENT");
	}

	@Test
	@DisplayName("R-REISSUE-3: an expired certificate passes the handshake; the app finds it EXPIRED")
	void clientCertificateExpired() throws Exception {
		assertThat(probe(pki.expired(CUSTOMER).sslContext(pki), CUSTOMER)).isEqualTo("EXPIRED");
	}

	@Test
	@DisplayName("R-REISSUE-3: a not yet valid certificate passes the handshake; the app finds it NOT_YET_VALID")
	void clientCertificateNotYetValid() throws Exception {
		assertThat(probe(pki.notYetValid(CUSTOMER).sslContext(pki), CUSTOMER)).isEqualTo("NOT_YET_VALID");
	}

	@Test
	@DisplayName("R-REISSUE-3: a certificate of a foreign CA (same name) passes the handshake; the app finds it UNTRUSTED")
	void foreignCertificate() throws Exception {
		TestPki foreign = TestPki.create(Instant.now());

		assertThat(probe(foreign.valid(CUSTOMER).sslContext(pki), CUSTOMER)).isEqualTo("UNTRUSTED");
	}

	@Test
	@DisplayName("R-REISSUE-3: the certificate request names the configured CA; another CA's certificate presented "
			+ "anyway (as curl does) passes the handshake and is UNTRUSTED")
	void foreignCertificatePresentedAnyway() throws Exception {
		TestPki foreign = TestPki.create("Foreign CA", Instant.now());
		PresentingKeyManager keys = new PresentingKeyManager(foreign.valid(CUSTOMER));

		assertThat(probe(keys.sslContext(pki), CUSTOMER)).isEqualTo("UNTRUSTED");
		assertThat(keys.requestedIssuers).contains(pki.ca().getSubjectX500Principal());
	}

	@Test
	@DisplayName("R-REISSUE-12: reissue and unlock over plain HTTP get 403 TLS_REQUIRED in the standard error body")
	void plainHttpRefused() throws Exception {
		this.mvc.perform(post("/api/v1/reissues").header("Accept-Language", "zh-TW"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("TLS_REQUIRED"))
			.andExpect(jsonPath("$.message").value("此功能須經由加密連線 (HTTPS) 使用，請改以 https:// 開啟。"));
		this.mvc.perform(get("/api/v1/unlocks/x").header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("TLS_REQUIRED"));
	}

	@Test
	@DisplayName("R-REISSUE-12: over TLS the same paths are not refused for want of TLS")
	void overTlsNotRefused() throws Exception {
		this.mvc.perform(get("/api/v1/unlocks/x").secure(true)).andExpect((result) -> {
			assertThat(result.getResponse().getStatus()).isNotEqualTo(403);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("TLS_REQUIRED");
		});
	}

	private String probe(SSLContext tls, String customerId) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest
			.newBuilder(
					URI.create("https://localhost:" + this.port + "/test/device-certificate?customerId=" + customerId))
			.timeout(Duration.ofSeconds(20))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/**
	 * Presents its certificate whatever CAs the server's certificate request names (the
	 * JDK's own key manager would present none of another CA), and remembers the names.
	 */
	static final class PresentingKeyManager extends X509ExtendedKeyManager {

		private static final String ALIAS = "device";

		private final TestPki.Issued issued;

		final List<Principal> requestedIssuers = new CopyOnWriteArrayList<>();

		PresentingKeyManager(TestPki.Issued issued) {
			this.issued = issued;
		}

		SSLContext sslContext(TestPki trusted) throws GeneralSecurityException {
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted.trustStore());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(new KeyManager[] { this }, trust.getTrustManagers(), null);
			return context;
		}

		@Override
		public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
			return chooseClientAlias(keyTypes, issuers, null);
		}

		@Override
		public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
			if (issuers != null) {
				this.requestedIssuers.addAll(List.of(issuers));
			}
			return ALIAS;
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return ALIAS.equals(alias) ? this.issued.chain() : null;
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return ALIAS.equals(alias) ? this.issued.privateKey() : null;
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return new String[] { ALIAS };
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return null;
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return null;
		}

	}

	/** What the app makes of the connection's certificate; exists in this test only. */
	@RestController
	static class Probe {

		private final DeviceCertificateResolver resolver;

		private final DeviceCertificateVerifier verifier;

		Probe(DeviceCertificateResolver resolver, DeviceCertificateVerifier verifier) {
			this.resolver = resolver;
			this.verifier = verifier;
		}

		@GetMapping("/test/device-certificate")
		String check(HttpServletRequest request, @RequestParam String customerId) {
			return this.verifier.check(this.resolver.resolve(request), customerId).status().name();
		}

	}

}
