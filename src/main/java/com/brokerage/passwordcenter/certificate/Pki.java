package com.brokerage.passwordcenter.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the certificates, CRLs and stores of a small CA with Bouncy Castle: the dev PKI
 * of the demo profile and the test PKI share it. Keys are EC P-256 (fast to generate,
 * accepted by curl, browsers and the JDK). Device certificates name the customer as
 * {@link DeviceCertificateVerifier} expects: {@code SERIALNUMBER} = customer ID,
 * {@code CN} = name.
 */
final class Pki {

	private static final SecureRandom random = new SecureRandom();

	private Pki() {
	}

	static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot generate an EC key pair", ex);
		}
	}

	/** The subject of a device certificate: see {@link DeviceCertificateVerifier}. */
	static X500Name customerSubject(String customerId, String name, String organization) {
		X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW");
		if (organization != null) {
			builder.addRDN(BCStyle.O, organization);
		}
		return builder.addRDN(BCStyle.SERIALNUMBER, customerId).addRDN(BCStyle.CN, name).build();
	}

	static X500Name name(String commonName, String organization) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW")
			.addRDN(BCStyle.O, organization)
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	static X509Certificate caCertificate(X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(notBefore),
					Date.from(notAfter), subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keys.getPublic()));
			return sign(builder, keys.getPrivate());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot issue a CA certificate", ex);
		}
	}

	/** A TLS client certificate (extended key usage clientAuth). */
	static X509Certificate clientCertificate(X500Name subject, PublicKey key, X509Certificate ca, PrivateKey caKey,
			Instant notBefore, Instant notAfter) {
		return endEntity(subject, key, ca, caKey, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth, null);
	}

	/** An S/MIME signing certificate (emailProtection) for one mail address. */
	static X509Certificate mailSigningCertificate(X500Name subject, String email, PublicKey key, X509Certificate ca,
			PrivateKey caKey, Instant notBefore, Instant notAfter) {
		return endEntity(subject, key, ca, caKey, notBefore, notAfter, KeyPurposeId.id_kp_emailProtection,
				new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)));
	}

	/** A TLS server certificate for the given DNS names and IP addresses. */
	static X509Certificate serverCertificate(X500Name subject, List<String> hosts, PublicKey key, X509Certificate ca,
			PrivateKey caKey, Instant notBefore, Instant notAfter) {
		GeneralName[] names = hosts.stream()
			.map((host) -> new GeneralName(isIpAddress(host) ? GeneralName.iPAddress : GeneralName.dNSName, host))
			.toArray(GeneralName[]::new);
		return endEntity(subject, key, ca, caKey, notBefore, notAfter, KeyPurposeId.id_kp_serverAuth,
				new GeneralNames(names));
	}

	private static X509Certificate endEntity(X500Name subject, PublicKey key, X509Certificate ca, PrivateKey caKey,
			Instant notBefore, Instant notAfter, KeyPurposeId purpose, GeneralNames alternativeNames) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(notBefore),
					Date.from(notAfter), subject, key)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(ca.getPublicKey()));
			if (alternativeNames != null) {
				builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
			}
			return sign(builder, caKey);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot issue a certificate", ex);
		}
	}

	/** A CRL of the CA listing the given certificates as revoked (key compromise). */
	static X509CRL crl(X509Certificate ca, PrivateKey caKey, Instant thisUpdate, Instant nextUpdate,
			Collection<X509Certificate> revoked) {
		try {
			X509v2CRLBuilder builder = new X509v2CRLBuilder(
					X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), Date.from(thisUpdate));
			builder.setNextUpdate(Date.from(nextUpdate));
			for (X509Certificate certificate : revoked) {
				builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
			}
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.getPublicKey()));
			X509CRLHolder holder = builder.build(signer(caKey));
			return new JcaX509CRLConverter().getCRL(holder);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot issue a CRL", ex);
		}
	}

	/** PEM text of certificates, CRLs and private keys (PKCS#8, unencrypted). */
	static String pem(Object... objects) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			for (Object object : objects) {
				writer.writeObject((object instanceof PrivateKey key) ? new JcaPKCS8Generator(key, null) : object);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/** Writes PEM; a file holding a private key is readable by its owner only. */
	static void writePem(Path file, Object... objects) throws IOException {
		boolean secret = List.of(objects).stream().anyMatch(PrivateKey.class::isInstance);
		write(file, pem(objects).getBytes(StandardCharsets.US_ASCII), secret);
	}

	static PrivateKey readPrivateKey(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
				PEMParser parser = new PEMParser(reader)) {
			Object object = parser.readObject();
			if (object instanceof PrivateKeyInfo info) {
				return new JcaPEMKeyConverter().getPrivateKey(info);
			}
			throw new IOException(file + " holds no unencrypted PKCS#8 private key");
		}
	}

	/** A PKCS#12 store with one key entry and its chain. */
	static KeyStore keyStore(String alias, PrivateKey key, char[] password, X509Certificate... chain) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(alias, key, password, chain);
			return store;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot build a PKCS#12 store", ex);
		}
	}

	static void writeKeyStore(Path file, KeyStore store, char[] password) throws IOException {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			store.store(bytes, password);
			write(file, bytes.toByteArray(), true);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("cannot write " + file, ex);
		}
	}

	private static void write(Path file, byte[] content, boolean secret) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
		try {
			// a temporary file starts owner-only; certificates and stores may be read by
			// others
			permissions(temporary, secret ? "rw-------" : "rw-r--r--");
			Files.write(temporary, content);
			// readers (the verifier reloading the CRL) never see a half-written file
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void permissions(Path file, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the directory's ACL applies
		}
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws GeneralSecurityException {
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
	}

	private static ContentSigner signer(PrivateKey key) throws GeneralSecurityException {
		try {
			String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
			return new JcaContentSignerBuilder(algorithm).build(key);
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static BigInteger serial() {
		// positive, 127 random bits: unique without a counter (RFC 5280 allows 20 octets)
		return new BigInteger(127, random).add(BigInteger.ONE);
	}

	private static boolean isIpAddress(String host) {
		return host.matches("[0-9.]+") || host.contains(":");
	}

}
