package com.brokerage.passwordcenter.certificate;

import org.apache.coyote.http11.AbstractHttp11JsseProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the HTTPS connector ask for a client certificate but accept any at the TLS layer
 * ({@link AnyClientCertificateSslImplementation}), so {@link DeviceCertificateVerifier}
 * sees an expired, revoked or foreign certificate and the customer takes the path without
 * certificate instead of getting a TLS error (R-REISSUE-3).
 * <p>
 * Applies when the connector serves TLS and asks for client certificates
 * ({@code server.ssl.client-auth} {@code want} or {@code need}; with {@code need} a
 * certificate is still required, just not judged by TLS). That is the connector Spring
 * Boot builds from {@code server.ssl.*}; a separate management port or an added connector
 * is not touched. On by default because the requirement depends on it. Setting
 * {@code password-center.certificate.accept-any-client-certificate-at-tls} to false
 * restores Tomcat's own implementation (needed, say, for Tomcat's OpenSSL
 * implementation); then a certificate the trust store rejects fails the handshake again.
 */
@Component
class ClientCertificateTlsCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(ClientCertificateTlsCustomizer.class);

	private final boolean enabled;

	ClientCertificateTlsCustomizer(CertificateProperties properties) {
		this.enabled = properties.acceptAnyClientCertificateAtTls();
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (!this.enabled) {
			return;
		}
		// decided when the connector is built, once every customizer has applied
		// server.ssl
		factory.addConnectorCustomizers((connector) -> {
			if (asksForClientCertificate(factory.getSsl())
					&& connector.getProtocolHandler() instanceof AbstractHttp11JsseProtocol<?> protocol) {
				protocol.setSslImplementationName(AnyClientCertificateSslImplementation.class.getName());
				log.info("HTTPS connector: client certificates are asked for and judged by the app, not by TLS");
			}
		});
	}

	private static boolean asksForClientCertificate(Ssl ssl) {
		return Ssl.isEnabled(ssl) && ssl.getClientAuth() != null && ssl.getClientAuth() != Ssl.ClientAuth.NONE;
	}

}
