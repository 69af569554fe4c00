package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * The dev PKI of the demo profile, so the certificate path can be tried with
 * {@code curl --cert}. Everything lives in one directory (default {@code ./data/pki}):
 * <ul>
 * <li>{@code ca.pem}, {@code ca-key.pem}: the dev CA, trusted for device certificates and
 * named by the HTTPS connector when it asks for a client certificate;</li>
 * <li>{@code crl.pem}: the CA's empty CRL;</li>
 * <li>{@code server.p12}: the HTTPS server certificate for localhost, 127.0.0.1 and ::1
 * (PKCS#12, alias {@value #SERVER_ALIAS}, password {@value #PASSWORD});</li>
 * <li>{@code client.pem}, {@code client-key.pem}, {@code client.p12}: demo customer
 * A123456789 陳大文 (PEM for curl, PKCS#12 with password {@value #PASSWORD} for
 * browsers);</li>
 * <li>{@code client-B120000008.pem}, {@code client-B120000008-key.pem},
 * {@code client-B120000008.p12}: demo customer B120000008 林小美;</li>
 * <li>{@code client-H120000004.pem}, {@code client-H120000004-key.pem},
 * {@code client-H120000004.p12}: demo customer H120000004 張志明, seeded locked with the
 * unlock still available, so the online unlock can be tried at once.</li>
 * <li>{@code mail-signing.p12}: the S/MIME key that signs the demo's mail, issued by the
 * dev CA for the no-reply address (alias {@value #MAIL_SIGNING_ALIAS}, password
 * {@value #PASSWORD}), so {@code openssl smime -verify -CAfile ca.pem} verifies a demo
 * mail.</li>
 * </ul>
 * Existing files are reused. A missing file is issued again by the existing CA; only a
 * missing CA renews everything. Delete the directory to start over. Demo only: the keys
 * are unencrypted and the password is public.
 */
public final class DevPki {

	/** The password of every PKCS#12 file of the dev PKI. */
	static final String PASSWORD = "demo";

	static final String SERVER_ALIAS = "server";

	static final String MAIL_SIGNING_ALIAS = "mail-signing";

	private static final String ORGANIZATION = "Password Center Demo";

	private static final Duration CA_LIFETIME = Duration.ofDays(3650);

	private static final Duration LIFETIME = Duration.ofDays(825);

	private final Path directory;

	private final String mailFrom;

	DevPki(Path directory) {
		this(directory, "no-reply@brokerage.example");
	}

	public DevPki(Path directory, String mailFrom) {
		this.directory = directory;
		this.mailFrom = mailFrom;
	}

	/**
	 * Creates what is missing.
	 * @return the names of the files written, empty when all existed
	 */
	public List<String> ensure() throws IOException, GeneralSecurityException {
		Files.createDirectories(this.directory);
		List<String> written = new ArrayList<>();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// back-dated a little: a client whose clock runs late still accepts the server
		Instant notBefore = now.minus(Duration.ofDays(1));

		Path caFile = file("ca.pem");
		Path caKeyFile = file("ca-key.pem");
		boolean newCa = !Files.exists(caFile) || !Files.exists(caKeyFile);
		X509Certificate ca;
		PrivateKey caKey;
		if (newCa) {
			KeyPair keys = Pki.newKeyPair();
			ca = Pki.caCertificate(Pki.name("Password Center Dev CA", ORGANIZATION), keys, notBefore,
					now.plus(CA_LIFETIME));
			caKey = keys.getPrivate();
			Pki.writePem(caKeyFile, caKey);
			Pki.writePem(caFile, ca);
			written.add("ca.pem");
		}
		else {
			ca = readCertificate(caFile);
			caKey = Pki.readPrivateKey(caKeyFile);
		}

		if (newCa || !Files.exists(file("crl.pem"))) {
			// the dev CA revokes nothing; the CRL lasts as long as the CA
			Pki.writePem(file("crl.pem"), Pki.crl(ca, caKey, notBefore, ca.getNotAfter().toInstant(), List.of()));
			written.add("crl.pem");
		}

		if (newCa || !Files.exists(file("server.p12"))) {
			KeyPair keys = Pki.newKeyPair();
			X509Certificate server = Pki.serverCertificate(Pki.name("localhost", ORGANIZATION),
					List.of("localhost", "127.0.0.1", "::1"), keys.getPublic(), ca, caKey, notBefore,
					now.plus(LIFETIME));
			char[] password = PASSWORD.toCharArray();
			Pki.writeKeyStore(file("server.p12"), Pki.keyStore(SERVER_ALIAS, keys.getPrivate(), password, server, ca),
					password);
			written.add("server.p12");
		}

		if (newCa || !issuedBy(file("mail-signing.p12"), ca)) {
			// RSA: the S/MIME signer signs SHA256withRSA (notification.SmimeSigner)
			java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
			rsa.initialize(2048);
			KeyPair keys = rsa.generateKeyPair();
			X509Certificate signing = Pki.mailSigningCertificate(
					Pki.name("Password Center demo mail signing", ORGANIZATION), this.mailFrom, keys.getPublic(), ca,
					caKey, notBefore, now.plus(LIFETIME));
			char[] password = PASSWORD.toCharArray();
			Pki.writeKeyStore(file("mail-signing.p12"),
					Pki.keyStore(MAIL_SIGNING_ALIAS, keys.getPrivate(), password, signing, ca), password);
			written.add("mail-signing.p12");
		}

		client(newCa, "client", "A123456789", "陳大文", ca, caKey, notBefore, now, written);
		client(newCa, "client-B120000008", "B120000008", "林小美", ca, caKey, notBefore, now, written);
		client(newCa, "client-H120000004", "H120000004", "張志明", ca, caKey, notBefore, now, written);
		return written;
	}

	private void client(boolean newCa, String name, String customerId, String customerName, X509Certificate ca,
			PrivateKey caKey, Instant notBefore, Instant now, List<String> written) throws IOException {
		Path certificateFile = file(name + ".pem");
		Path keyFile = file(name + "-key.pem");
		Path storeFile = file(name + ".p12");
		if (!newCa && Files.exists(certificateFile) && Files.exists(keyFile) && Files.exists(storeFile)) {
			return;
		}
		KeyPair keys = Pki.newKeyPair();
		X500Name subject = Pki.customerSubject(customerId, customerName, ORGANIZATION);
		X509Certificate certificate = Pki.clientCertificate(subject, keys.getPublic(), ca, caKey, notBefore,
				now.plus(LIFETIME));
		Pki.writePem(keyFile, keys.getPrivate());
		Pki.writePem(certificateFile, certificate);
		char[] password = PASSWORD.toCharArray();
		Pki.writeKeyStore(storeFile, Pki.keyStore(name, keys.getPrivate(), password, certificate, ca), password);
		written.add(name + ".pem");
	}

	/**
	 * False for a missing or unreadable store, or one from before the mail certificate
	 * was issued by the dev CA (self-signed).
	 */
	private static boolean issuedBy(Path store, X509Certificate ca) {
		if (!Files.exists(store)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(store)) {
			java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
			keys.load(in, PASSWORD.toCharArray());
			X509Certificate certificate = (X509Certificate) keys.getCertificate(MAIL_SIGNING_ALIAS);
			if (certificate == null) {
				return false;
			}
			certificate.verify(ca.getPublicKey());
			return true;
		}
		catch (IOException | GeneralSecurityException ex) {
			return false;
		}
	}

	private Path file(String name) {
		return this.directory.resolve(name);
	}

	private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(file)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

}
