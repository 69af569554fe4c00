package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * A throw-away CA for tests, made with Bouncy Castle: issues device certificates that are
 * valid, expired, not yet valid, of another customer, or revoked (with a CRL listing
 * them), and TLS server certificates. A second {@code TestPki} is a foreign CA, even
 * under the same name. Times are relative to the {@code now} it was created with, so a
 * test's fixed clock and the certificates agree.
 */
public final class TestPki {

	/** A customer name for certificates where the name does not matter. */
	public static final String DEFAULT_NAME = "測試客戶";

	private static final Duration DAY = Duration.ofDays(1);

	private final X509Certificate ca;

	private final PrivateKey caKey;

	private final Instant now;

	private TestPki(X509Certificate ca, PrivateKey caKey, Instant now) {
		this.ca = ca;
		this.caKey = caKey;
		this.now = now;
	}

	/** A CA named "Test CA", valid from a year before {@code now} for ten years. */
	public static TestPki create(Instant now) {
		return create("Test CA", now);
	}

	public static TestPki create(String caName, Instant now) {
		Instant start = now.truncatedTo(ChronoUnit.SECONDS);
		KeyPair keys = Pki.newKeyPair();
		X509Certificate ca = Pki.caCertificate(Pki.name(caName, "Test Brokerage"), keys,
				start.minus(DAY.multipliedBy(365)), start.plus(DAY.multipliedBy(3650)));
		return new TestPki(ca, keys.getPrivate(), start);
	}

	/**
	 * The CA of PEM files on disk, e.g. the dev PKI the app made under {@code data/pki}.
	 */
	public static TestPki load(Path caCertificate, Path caKey, Instant now) {
		try (var in = java.nio.file.Files.newInputStream(caCertificate)) {
			X509Certificate ca = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
				.generateCertificate(in);
			return new TestPki(ca, Pki.readPrivateKey(caKey), now.truncatedTo(ChronoUnit.SECONDS));
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("cannot read the CA " + caCertificate, ex);
		}
	}

	public X509Certificate ca() {
		return this.ca;
	}

	public Instant now() {
		return this.now;
	}

	/** Valid from a day before {@code now} for a year. */
	public Issued valid(String customerId) {
		return issue(customerId, DEFAULT_NAME, this.now.minus(DAY), this.now.plus(DAY.multipliedBy(365)));
	}

	/** Expired a day before {@code now}. */
	public Issued expired(String customerId) {
		return issue(customerId, DEFAULT_NAME, this.now.minus(DAY.multipliedBy(400)), this.now.minus(DAY));
	}

	/** Valid from a day after {@code now}. */
	public Issued notYetValid(String customerId) {
		return issue(customerId, DEFAULT_NAME, this.now.plus(DAY), this.now.plus(DAY.multipliedBy(365)));
	}

	/**
	 * A device certificate: {@code SERIALNUMBER} = customer ID, {@code CN} = name, as
	 * {@link DeviceCertificateVerifier} reads it.
	 */
	public Issued issue(String customerId, String name, Instant notBefore, Instant notAfter) {
		return issue(Pki.customerSubject(customerId, name, "Test Brokerage"), notBefore, notAfter);
	}

	/** A client certificate with any subject (say, without or with two customer IDs). */
	public Issued issue(X500Name subject, Instant notBefore, Instant notAfter) {
		KeyPair keys = Pki.newKeyPair();
		X509Certificate certificate = Pki.clientCertificate(subject, keys.getPublic(), this.ca, this.caKey, notBefore,
				notAfter);
		return new Issued(certificate, keys.getPrivate(), this.ca);
	}

	/** A TLS server certificate for the given DNS names and IP addresses. */
	public Issued server(String... hosts) {
		KeyPair keys = Pki.newKeyPair();
		X509Certificate certificate = Pki.serverCertificate(Pki.name(hosts[0], "Test Brokerage"), List.of(hosts),
				keys.getPublic(), this.ca, this.caKey, this.now.minus(DAY), this.now.plus(DAY.multipliedBy(365)));
		return new Issued(certificate, keys.getPrivate(), this.ca);
	}

	/** A CRL issued an hour before {@code now}, next update in a week. */
	public X509CRL crl(X509Certificate... revoked) {
		return crl(this.now.minus(Duration.ofHours(1)), this.now.plus(DAY.multipliedBy(7)), revoked);
	}

	public X509CRL crl(Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
		return Pki.crl(this.ca, this.caKey, thisUpdate, nextUpdate, List.of(revoked));
	}

	/** Writes the CA certificate as PEM. */
	public Path writeCa(Path file) {
		return write(file, this.ca);
	}

	/**
	 * Writes the CA to a temporary file and makes it the device-certificate CA of the app
	 * under test.
	 */
	public void registerAsDeviceCa(org.springframework.test.context.DynamicPropertyRegistry registry) {
		try {
			Path ca = writeCa(java.nio.file.Files.createTempDirectory("device-ca").resolve("ca.pem"));
			registry.add("password-center.certificate.ca", ca::toString);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a CRL as PEM. */
	public Path writeCrl(Path file, X509CRL crl) {
		return write(file, crl);
	}

	/** PEM text of certificates, CRLs and private keys (PKCS#8). */
	public static String pem(Object... objects) {
		return Pki.pem(objects);
	}

	/** Writes PEM text of certificates, CRLs and private keys. */
	public static Path write(Path file, Object... objects) {
		try {
			Pki.writePem(file, objects);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A trust store (PKCS#12, no entries but the CA certificate). */
	public KeyStore trustStore() {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setCertificateEntry("ca", this.ca);
			return store;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A certificate and its private key.
	 *
	 * @param certificate the certificate
	 * @param privateKey its private key
	 * @param ca the issuing CA's certificate
	 */
	public record Issued(X509Certificate certificate, PrivateKey privateKey, X509Certificate ca) {

		/** The chain as a TLS client presents it: the leaf alone. */
		public X509Certificate[] chain() {
			return new X509Certificate[] { this.certificate };
		}

		/** PEM of the certificate alone. */
		public String pem() {
			return Pki.pem(this.certificate);
		}

		/**
		 * A PKCS#12 key store with the key under alias "key" and the chain up to the CA.
		 */
		public KeyStore keyStore(char[] password) {
			return Pki.keyStore("key", this.privateKey, password, this.certificate, this.ca);
		}

		/** Writes {@link #keyStore(char[])} to a file. */
		public Path writeKeyStore(Path file, char[] password) {
			try {
				Pki.writeKeyStore(file, keyStore(password), password);
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * A TLS context presenting this certificate and trusting {@code trusted}'s CA.
		 * @param trusted the CA that issued the server's certificate
		 * @return the context for an HTTPS client
		 */
		public SSLContext sslContext(TestPki trusted) {
			try {
				char[] password = "test".toCharArray();
				KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
				keys.init(keyStore(password), password);
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(keys.getKeyManagers(), trusted.trustManagers().getTrustManagers(), null);
				return context;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A TLS context without a client certificate, trusting this CA. */
	public SSLContext sslContext() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trustManagers().getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private TrustManagerFactory trustManagers() throws GeneralSecurityException {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trustStore());
		return trust;
	}

}
