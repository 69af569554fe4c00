package com.brokerage.passwordcenter.certificate;

import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11JsseProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connector customization and the accepting trust manager on their own;
 * {@link CertificateIntegrationTest} shows the handshakes over a real connector.
 */
class ClientCertificateTlsCustomizerTest {

	private static final String IMPLEMENTATION = AnyClientCertificateSslImplementation.class.getName();

	private final TestPki pki = TestPki.create(Instant.now());

	@Test
	@DisplayName("R-REISSUE-3: with client-auth want or need the connector accepts any client certificate at TLS")
	void clientAuthAsked() {
		assertThat(sslImplementation(true, ssl(Ssl.ClientAuth.WANT))).isEqualTo(IMPLEMENTATION);
		assertThat(sslImplementation(true, ssl(Ssl.ClientAuth.NEED))).isEqualTo(IMPLEMENTATION);
	}

	@Test
	@DisplayName("No client certificate asked for, no TLS, or switched off: Tomcat's own implementation stays")
	void untouched() {
		assertThat(sslImplementation(true, ssl(Ssl.ClientAuth.NONE))).isNull();
		assertThat(sslImplementation(true, ssl(null))).isNull();
		assertThat(sslImplementation(true, null)).isNull();
		Ssl disabled = ssl(Ssl.ClientAuth.WANT);
		disabled.setEnabled(false);
		assertThat(sslImplementation(true, disabled)).isNull();
		assertThat(sslImplementation(false, ssl(Ssl.ClientAuth.WANT))).isNull();
	}

	@Test
	@DisplayName("The certificate request names the CAs of the configured trust store; any client chain is accepted")
	void trustManagerNamesConfiguredCa() throws Exception {
		SSLHostConfig config = new SSLHostConfig();
		config.setTrustStore(this.pki.trustStore());
		AnyClientCertificateTrustManager manager = trustManager(config);

		assertThat(manager.getAcceptedIssuers()).containsExactly(this.pki.ca());
		TestPki foreign = TestPki.create("Foreign CA", Instant.now());
		for (TestPki.Issued issued : List.of(foreign.valid("A123456789"), this.pki.expired("A123456789"))) {
			manager.checkClientTrusted(issued.chain(), "EC");
			manager.checkClientTrusted(issued.chain(), "EC", (SSLEngine) null);
		}
	}

	@Test
	@DisplayName("Without a trust store the certificate request names no CA")
	void trustManagerWithoutTrustStore() throws Exception {
		assertThat(trustManager(new SSLHostConfig()).getAcceptedIssuers()).isEmpty();
	}

	@Test
	@DisplayName("The trust manager refuses an empty chain and never vouches for a server")
	void trustManagerRefuses() {
		AnyClientCertificateTrustManager manager = new AnyClientCertificateTrustManager(new X509Certificate[0]);
		X509Certificate[] chain = this.pki.valid("A123456789").chain();

		assertThatExceptionOfType(CertificateException.class)
			.isThrownBy(() -> manager.checkClientTrusted(new X509Certificate[0], "EC"));
		assertThatExceptionOfType(CertificateException.class).isThrownBy(() -> manager.checkServerTrusted(chain, "EC"));
		assertThatExceptionOfType(CertificateException.class)
			.isThrownBy(() -> manager.checkServerTrusted(chain, "EC", (SSLEngine) null));
	}

	private static String sslImplementation(boolean enabled, Ssl ssl) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.setSsl(ssl);
		new ClientCertificateTlsCustomizer(properties(enabled)).customize(factory);
		Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		factory.getTomcatConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
		return ((AbstractHttp11JsseProtocol<?>) connector.getProtocolHandler()).getSslImplementationName();
	}

	private static Ssl ssl(Ssl.ClientAuth clientAuth) {
		Ssl ssl = new Ssl();
		ssl.setClientAuth(clientAuth);
		return ssl;
	}

	private static AnyClientCertificateTrustManager trustManager(SSLHostConfig config) throws Exception {
		SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(config,
				SSLHostConfigCertificate.Type.UNDEFINED);
		TrustManager[] managers = new AnyClientCertificateSslImplementation().getSSLUtil(certificate)
			.getTrustManagers();
		assertThat(managers).hasSize(1).hasOnlyElementsOfType(AnyClientCertificateTrustManager.class);
		return (AnyClientCertificateTrustManager) managers[0];
	}

	private static CertificateProperties properties(boolean acceptAny) {
		return new CertificateProperties(null, null, true,
				new CertificateProperties.ProxyHeader(false, "X-Client-Cert", List.of()),
				new CertificateProperties.DevPki(false, Path.of("unused")), acceptAny);
	}

}
