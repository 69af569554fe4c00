package com.brokerage.passwordcenter.certificate;

import java.security.cert.X509Certificate;

import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.apache.tomcat.util.net.SSLUtil;
import org.apache.tomcat.util.net.jsse.JSSEImplementation;
import org.apache.tomcat.util.net.jsse.JSSEUtil;

/**
 * Tomcat's JSSE implementation, except that the connector accepts any client certificate
 * chain at the TLS layer ({@link AnyClientCertificateTrustManager}); installed by
 * {@link ClientCertificateTlsCustomizer}. The server's own key and certificate, the
 * protocols and ciphers stay exactly as Spring Boot configured them.
 * <p>
 * Why: with {@code client-auth: want} the stock trust manager fails the handshake for an
 * expired, not yet valid or foreign certificate, so the customer gets a TLS error instead
 * of the reissue without certificate (R-REISSUE-3: anything but a valid certificate is
 * "no certificate" and takes the other path). The app, not TLS, must judge.
 * <p>
 * Why this is safe: no part of the app treats a TLS client certificate as authentication
 * by itself. The only reader is {@link DeviceCertificateResolver}, and its only consumer
 * is {@link DeviceCertificateVerifier}, which runs the full PKIX check (chain to the
 * configured CA, validity dates, CRL, client key usage, customer ID) on every use. The
 * handshake still proves the client holds the leaf's private key (JSSE verifies the
 * {@code CertificateVerify} signature regardless of the trust manager).
 * <p>
 * Why an {@code SSLImplementation} and not
 * {@code SSLHostConfig.setTrustManagerClassName}: Tomcat creates that trust manager by
 * name with no arguments, so it could not learn the CAs to advertise without static
 * state, and Spring Boot replaces the {@code SSLHostConfig} when an SSL bundle is
 * reloaded, dropping the setting. The implementation is set on the connector itself and
 * wraps whatever trust store each (also a reloaded) {@code SSLHostConfig} has. Public
 * with a public no-argument constructor because Tomcat instantiates it by class name.
 */
public class AnyClientCertificateSslImplementation extends JSSEImplementation {

	@Override
	public SSLUtil getSSLUtil(SSLHostConfigCertificate certificate) {
		return new AnyClientCertificateUtil(certificate);
	}

	private static final class AnyClientCertificateUtil extends JSSEUtil {

		AnyClientCertificateUtil(SSLHostConfigCertificate certificate) {
			super(certificate);
		}

		@Override
		public TrustManager[] getTrustManagers() throws Exception {
			// the configured trust store, read as Tomcat reads it, now only names the CAs
			// the certificate request lists
			TrustManager[] configured = super.getTrustManagers();
			X509Certificate[] issuers = new X509Certificate[0];
			if (configured != null) {
				for (TrustManager manager : configured) {
					if (manager instanceof X509TrustManager x509) {
						issuers = x509.getAcceptedIssuers();
						break;
					}
				}
			}
			return new TrustManager[] { new AnyClientCertificateTrustManager(issuers) };
		}

	}

}
