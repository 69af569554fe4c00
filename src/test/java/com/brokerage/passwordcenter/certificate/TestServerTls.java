package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The files and settings of a test server on real HTTPS: a server certificate for
 * localhost issued by a {@link TestPki}, which is also the CA of the device certificates
 * the app accepts (and, if asked for, its CRL).
 */
public final class TestServerTls {

	private static final String PASSWORD = "test";

	private final Path directory;

	private final boolean withCrl;

	private TestServerTls(Path directory, boolean withCrl) {
		this.directory = directory;
		this.withCrl = withCrl;
	}

	/** ca.pem and server.p12 in a new temporary directory. */
	public static TestServerTls write(TestPki pki, String name) {
		return new TestServerTls(files(pki, name), false);
	}

	/** As {@link #write}, plus crl.pem listing the revoked certificates. */
	public static TestServerTls writeWithCrl(TestPki pki, String name, X509Certificate... revoked) {
		Path directory = files(pki, name);
		pki.writeCrl(directory.resolve("crl.pem"), pki.crl(revoked));
		return new TestServerTls(directory, true);
	}

	public Path directory() {
		return this.directory;
	}

	public Path ca() {
		return this.directory.resolve("ca.pem");
	}

	/**
	 * HTTPS that asks for a client certificate ({@code client-auth: want}), and the app's
	 * device CA (and CRL).
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.ssl.enabled", "true");
		properties.put("server.ssl.key-store", this.directory.resolve("server.p12").toUri().toString());
		properties.put("server.ssl.key-store-type", "PKCS12");
		properties.put("server.ssl.key-store-password", PASSWORD);
		properties.put("server.ssl.trust-certificate", ca().toUri().toString());
		properties.put("server.ssl.client-auth", "want");
		properties.put("password-center.certificate.ca", ca().toString());
		if (this.withCrl) {
			properties.put("password-center.certificate.crl", this.directory.resolve("crl.pem").toString());
		}
		return properties;
	}

	/**
	 * HTTPS that does not ask for a client certificate (a browser that has none), and the
	 * app's device CA.
	 */
	public Map<String, String> propertiesWithoutClientCertificates() {
		Map<String, String> properties = properties();
		properties.remove("server.ssl.trust-certificate");
		properties.remove("server.ssl.client-auth");
		return properties;
	}

	public void register(DynamicPropertyRegistry registry) {
		register(registry, properties());
	}

	public static void register(DynamicPropertyRegistry registry, Map<String, String> properties) {
		properties.forEach((name, value) -> registry.add(name, () -> value));
	}

	private static Path files(TestPki pki, String name) {
		try {
			Path directory = Files.createTempDirectory(name);
			pki.writeCa(directory.resolve("ca.pem"));
			pki.server("localhost", "127.0.0.1").writeKeyStore(directory.resolve("server.p12"), PASSWORD.toCharArray());
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
