package com.brokerage.passwordcenter.certificate;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTPS connector's trust manager for client certificates: accepts any chain the
 * device presents, so the handshake succeeds and {@link DeviceCertificateVerifier} judges
 * the certificate (see {@link AnyClientCertificateSslImplementation} for why this is
 * safe). The TLS layer still proves possession: JSSE checks the client's
 * {@code CertificateVerify} signature with the presented leaf's key whatever this class
 * says.
 * <p>
 * {@link #getAcceptedIssuers()} returns the CAs of the connector's configured trust store
 * ({@code server.ssl.trust-certificate}): JSSE lists them in its certificate request, so
 * curl, browsers and the JDK pick the customer's certificate of the right CA.
 * <p>
 * An {@link X509ExtendedTrustManager}: JSSE would wrap a plain {@code X509TrustManager}
 * in checks of its own. Server certificates are never checked by this server-side
 * context; should that ever happen, it refuses.
 */
final class AnyClientCertificateTrustManager extends X509ExtendedTrustManager {

	private final X509Certificate[] acceptedIssuers;

	AnyClientCertificateTrustManager(X509Certificate[] acceptedIssuers) {
		this.acceptedIssuers = acceptedIssuers.clone();
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		accept(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		accept(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		accept(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw refused();
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		throw refused();
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		throw refused();
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.acceptedIssuers.clone();
	}

	private static void accept(X509Certificate[] chain) throws CertificateException {
		// JSSE asks only when a certificate was presented; an empty chain is no
		// certificate
		if (chain == null || chain.length == 0 || chain[0] == null) {
			throw new CertificateException("empty client certificate chain");
		}
	}

	private static CertificateException refused() {
		return new CertificateException("this trust manager checks client certificates only");
	}

}
