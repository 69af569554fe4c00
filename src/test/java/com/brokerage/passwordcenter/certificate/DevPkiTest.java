package com.brokerage.passwordcenter.certificate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DevPkiTest {

	@TempDir
	Path directory;

	@Test
	@DisplayName("R-REISSUE-3: the dev PKI issues certificates the verifier accepts for the demo customers")
	void demoCertificatesAreValid() throws Exception {
		new DevPki(this.directory).ensure();

		DeviceCertificateVerifier verifier = new DeviceCertificateVerifier(DeviceCertificateVerifierTest
			.properties(this.directory.resolve("ca.pem"), this.directory.resolve("crl.pem")), Clock.systemUTC());

		X509Certificate chen = certificate("client.pem");
		assertThat(verifier.check(new X509Certificate[] { chen }, "A123456789").status())
			.isEqualTo(CertificateStatus.VALID);
		assertThat(verifier.check(new X509Certificate[] { chen }, "B120000008").status())
			.isEqualTo(CertificateStatus.OTHER_CUSTOMER);
		assertThat(chen.getSubjectX500Principal().getName()).contains("CN=陳大文");
		assertThat(
				verifier.check(new X509Certificate[] { certificate("client-B120000008.pem") }, "B120000008").status())
			.isEqualTo(CertificateStatus.VALID);
	}

	@Test
	@DisplayName("The dev PKI holds the files curl and the HTTPS connector need, keys readable by the owner only")
	void files() throws Exception {
		List<String> written = new DevPki(this.directory).ensure();

		assertThat(written).contains("ca.pem", "crl.pem", "server.p12", "client.pem", "client-B120000008.pem");
		assertThat(this.directory.resolve("client-key.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(Pki.readPrivateKey(this.directory.resolve("client-key.pem"))).isNotNull();

		KeyStore server = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.directory.resolve("server.p12"))) {
			server.load(in, DevPki.PASSWORD.toCharArray());
		}
		X509Certificate serverCertificate = (X509Certificate) server.getCertificate(DevPki.SERVER_ALIAS);
		assertThat(serverCertificate.getSubjectAlternativeNames().stream().map((name) -> String.valueOf(name.get(1))))
			.contains("localhost", "127.0.0.1");
		assertThat(server.getKey(DevPki.SERVER_ALIAS, DevPki.PASSWORD.toCharArray())).isNotNull();

		KeyStore client = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.directory.resolve("client.p12"))) {
			client.load(in, "demo".toCharArray());
		}
		assertThat(client.getCertificate("client")).isEqualTo(certificate("client.pem"));

		if (Files.getFileStore(this.directory).supportsFileAttributeView("posix")) {
			for (String secret : List.of("ca-key.pem", "client-key.pem", "server.p12", "client.p12")) {
				assertThat(Files.getPosixFilePermissions(this.directory.resolve(secret)))
					.containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			}
			assertThat(Files.getPosixFilePermissions(this.directory.resolve("ca.pem")))
				.contains(PosixFilePermission.OTHERS_READ);
		}
	}

	@Test
	@DisplayName("Existing dev PKI files are reused; a missing one is issued again by the same CA")
	void reused() throws Exception {
		new DevPki(this.directory).ensure();
		String ca = Files.readString(this.directory.resolve("ca.pem"));
		String lin = Files.readString(this.directory.resolve("client-B120000008.pem"));
		Files.delete(this.directory.resolve("client.pem"));

		List<String> written = new DevPki(this.directory).ensure();

		assertThat(written).containsExactly("client.pem");
		assertThat(this.directory.resolve("ca.pem")).hasContent(ca);
		assertThat(this.directory.resolve("client-B120000008.pem")).hasContent(lin);
		assertThat(certificate("client.pem").getIssuerX500Principal())
			.isEqualTo(certificate("ca.pem").getSubjectX500Principal());
		assertThat(new DevPki(this.directory).ensure()).isEmpty();
	}

	@Test
	@DisplayName("The dev PKI is generated in the demo profile only, never without a profile")
	void demoProfileOnly() {
		Path pki = this.directory.resolve("pki");
		MockEnvironment environment = new MockEnvironment()
			.withProperty(DevPkiEnvironmentPostProcessor.DIRECTORY_PROPERTY, pki.toString());
		environment.setActiveProfiles("test");

		postProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(pki).doesNotExist();

		environment.setActiveProfiles();
		postProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(pki).doesNotExist();

		environment.setActiveProfiles(DemoProfile.NAME);
		environment.withProperty(DevPkiEnvironmentPostProcessor.ENABLED_PROPERTY, "false");
		postProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(pki).doesNotExist();

		environment.withProperty(DevPkiEnvironmentPostProcessor.ENABLED_PROPERTY, "true");
		postProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(pki.resolve("server.p12")).exists();
	}

	private static DevPkiEnvironmentPostProcessor postProcessor() {
		return new DevPkiEnvironmentPostProcessor(Supplier::get);
	}

	private X509Certificate certificate(String name) throws Exception {
		try (InputStream in = Files.newInputStream(this.directory.resolve(name))) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

}
