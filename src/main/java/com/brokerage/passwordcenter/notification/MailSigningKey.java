package com.brokerage.passwordcenter.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key and certificate that sign every outgoing mail, read from a PKCS#12 key store.
 * Only the demo creates one (self-signed, for the no-reply address); elsewhere a missing
 * key store stops start-up, because unsigned mail would contradict what the mail says
 * (R-REISSUE-6).
 */
record MailSigningKey(PrivateKey privateKey, X509Certificate certificate) {

	private static final Logger log = LoggerFactory.getLogger(MailSigningKey.class);

	private static final Duration DEMO_VALIDITY = Duration.ofDays(2 * 365);

	static MailSigningKey load(NotificationProperties.Smime smime, String mailFrom) {
		Path path = Path.of(smime.keyStore());
		char[] password = smime.keyStorePassword().toCharArray();
		if (Files.notExists(path)) {
			if (!smime.generateIfMissing()) {
				throw new IllegalStateException("Mail signing key store " + path.toAbsolutePath()
						+ " not found: set password-center.notification.smime.key-store (a PKCS#12 file with alias '"
						+ smime.keyAlias() + "')");
			}
			generateSelfSigned(path, password, smime.keyAlias(), mailFrom);
		}
		try (InputStream in = Files.newInputStream(path)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			if (!(store.getKey(smime.keyAlias(), password) instanceof PrivateKey key)
					|| !(store.getCertificate(smime.keyAlias()) instanceof X509Certificate certificate)) {
				throw new IllegalStateException("Mail signing key store " + path + " holds no private key with alias '"
						+ smime.keyAlias() + "'");
			}
			return new MailSigningKey(key, certificate);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Mail signing key store " + path + " cannot be read: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * A self-signed RSA certificate for S/MIME signing by {@code mailFrom}. Written to a
	 * temporary file first, so two starting processes never read a half-written store.
	 */
	static void generateSelfSigned(Path path, char[] password, String alias, String mailFrom) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500Name("CN=Password Center demo mail signing, O=Demo Brokerage, C=TW");
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
					Date.from(now.plus(DEMO_VALIDITY)), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName(GeneralName.rfc822Name, mailFrom)));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] { certificate });
			Path directory = path.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "mail-signing", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				store.store(out, password);
			}
			move(temporary, path);
			log.info("Generated a self-signed demo mail signing certificate in {}", path);
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot generate the demo mail signing key store " + path, ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
