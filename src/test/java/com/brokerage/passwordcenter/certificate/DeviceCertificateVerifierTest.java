package com.brokerage.passwordcenter.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class DeviceCertificateVerifierTest {

	private static final String CUSTOMER = "A123456789";

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Taipei"));

	private final TestPki pki = TestPki.create(NOW);

	@TempDir
	Path directory;

	private Path ca;

	private Path crl;

	@BeforeEach
	void files() {
		this.ca = this.pki.writeCa(this.directory.resolve("ca.pem"));
		this.crl = this.pki.writeCrl(this.directory.resolve("crl.pem"), this.pki.crl());
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: a certificate of the CA, in date, not revoked, of this customer is valid")
	void valid() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);

		CertificateCheck check = verifier().check(issued.chain(), CUSTOMER);

		assertThat(check.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(check.valid()).isTrue();
		assertThat(check.serialNumber()).isEqualTo(issued.certificate().getSerialNumber().toString(16));
	}

	@Test
	@DisplayName("R-REISSUE-3: the customer ID is compared case-insensitively after trimming")
	void customerIdCaseAndSpace() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);

		assertThat(verifier().check(issued.chain(), "  a123456789 ").status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	@DisplayName("R-REISSUE-3: a chain that carries the CA certificate after the leaf is valid too")
	void chainWithRoot() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);

		X509Certificate[] chain = { issued.certificate(), this.pki.ca() };

		assertThat(verifier().check(chain, CUSTOMER).status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: no certificate presented is ABSENT")
	void absent() {
		DeviceCertificateVerifier verifier = verifier();

		assertThat(verifier.check(null, CUSTOMER).status()).isEqualTo(CertificateStatus.ABSENT);
		assertThat(verifier.check(new X509Certificate[0], CUSTOMER).status()).isEqualTo(CertificateStatus.ABSENT);
		assertThat(verifier.check(null, CUSTOMER).valid()).isFalse();
	}

	@Test
	@DisplayName("R-REISSUE-3: a certificate of another CA is UNTRUSTED")
	void foreignCa() {
		TestPki foreign = TestPki.create("Other CA", NOW);

		CertificateCheck check = verifier().check(foreign.valid(CUSTOMER).chain(), CUSTOMER);

		assertThat(check.status()).isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: a forged CA with our CA's very name is UNTRUSTED (the signature decides)")
	void foreignCaWithSameName() {
		TestPki forger = TestPki.create("Test CA", NOW);
		assertThat(forger.ca().getSubjectX500Principal()).isEqualTo(this.pki.ca().getSubjectX500Principal());

		CertificateCheck check = verifier().check(forger.valid(CUSTOMER).chain(), CUSTOMER);

		assertThat(check.status()).isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: an expired certificate is EXPIRED")
	void expired() {
		assertThat(verifier().check(this.pki.expired(CUSTOMER).chain(), CUSTOMER).status())
			.isEqualTo(CertificateStatus.EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-3: a certificate before its start date is NOT_YET_VALID")
	void notYetValid() {
		assertThat(verifier().check(this.pki.notYetValid(CUSTOMER).chain(), CUSTOMER).status())
			.isEqualTo(CertificateStatus.NOT_YET_VALID);
	}

	@Test
	@DisplayName("R-REISSUE-3: validity is judged at the app's clock, not the machine's")
	void judgedAtTheClock() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);
		Clock later = Clock.fixed(NOW.plus(Duration.ofDays(400)), ZoneId.of("Asia/Taipei"));

		assertThat(verifier(later).check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.EXPIRED);
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: a certificate on the CA's CRL is REVOKED")
	void revoked() {
		TestPki.Issued revoked = this.pki.valid(CUSTOMER);
		TestPki.Issued other = this.pki.valid(CUSTOMER);
		this.pki.writeCrl(this.crl, this.pki.crl(revoked.certificate()));

		DeviceCertificateVerifier verifier = verifier();

		assertThat(verifier.check(revoked.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(verifier.check(other.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	@DisplayName("R-REISSUE-3: a CRL replaced on disk takes effect without a restart")
	void crlReloaded() throws Exception {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);
		DeviceCertificateVerifier verifier = verifier();
		assertThat(verifier.check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.VALID);

		this.pki.writeCrl(this.crl, this.pki.crl(issued.certificate()));
		Files.setLastModifiedTime(this.crl, FileTime.from(Instant.now().plusSeconds(5)));

		assertThat(verifier.check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.REVOKED);
	}

	@Test
	@DisplayName("R-REISSUE-3: a CRL past its next update leaves the revocation status unknown: UNTRUSTED")
	void staleCrl() {
		this.pki.writeCrl(this.crl, this.pki.crl(NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3))));

		assertThat(verifier().check(this.pki.valid(CUSTOMER).chain(), CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: without a configured CRL revocation is not checked")
	void withoutCrl() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);
		this.pki.writeCrl(this.crl, this.pki.crl(issued.certificate()));

		DeviceCertificateVerifier verifier = new DeviceCertificateVerifier(properties(this.ca, null), this.clock);

		assertThat(verifier.check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	@DisplayName("R-REISSUE-3 / R-UNLOCK-3: a good certificate of another customer is OTHER_CUSTOMER")
	void otherCustomer() {
		CertificateCheck check = verifier().check(this.pki.valid("B120000008").chain(), CUSTOMER);

		assertThat(check.status()).isEqualTo(CertificateStatus.OTHER_CUSTOMER);
		assertThat(check.valid()).isFalse();
	}

	@Test
	@DisplayName("R-REISSUE-3: the customer ID is read from SERIALNUMBER, not from the name")
	void idOnlyInCommonName() {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW")
			.addRDN(BCStyle.CN, CUSTOMER)
			.build();
		TestPki.Issued issued = this.pki.issue(subject, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

		assertThat(verifier().check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.OTHER_CUSTOMER);
	}

	@Test
	@DisplayName("R-REISSUE-3: a subject naming two customers names none")
	void twoCustomerIds() {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SERIALNUMBER, CUSTOMER)
			.addRDN(BCStyle.SERIALNUMBER, "B120000008")
			.addRDN(BCStyle.CN, TestPki.DEFAULT_NAME)
			.build();
		TestPki.Issued issued = this.pki.issue(subject, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

		assertThat(verifier().check(issued.chain(), CUSTOMER).status()).isEqualTo(CertificateStatus.OTHER_CUSTOMER);
	}

	@Test
	@DisplayName("R-REISSUE-3: without a customer ID to compare no certificate is valid")
	void noCustomerId() {
		TestPki.Issued issued = this.pki.valid(CUSTOMER);

		assertThat(verifier().check(issued.chain(), null).status()).isEqualTo(CertificateStatus.OTHER_CUSTOMER);
		assertThat(verifier().check(issued.chain(), " ").status()).isEqualTo(CertificateStatus.OTHER_CUSTOMER);
	}

	@Test
	@DisplayName("R-REISSUE-3: the CA certificate itself is not a device certificate")
	void caItself() {
		assertThat(verifier().check(new X509Certificate[] { this.pki.ca() }, CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: a certificate of the CA for another purpose (TLS server) is UNTRUSTED")
	void serverCertificate() {
		assertThat(verifier().check(this.pki.server("localhost").chain(), CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: without a configured CA no certificate is valid (fail closed)")
	void noCaConfigured() {
		DeviceCertificateVerifier verifier = new DeviceCertificateVerifier(properties(null, null), this.clock);

		assertThat(verifier.check(this.pki.valid(CUSTOMER).chain(), CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("R-REISSUE-3: a certificate that breaks while being read is UNTRUSTED, not an exception")
	void brokenCertificate() {
		X509Certificate broken = mock(X509Certificate.class, (invocation) -> {
			throw new IllegalStateException("broken encoding");
		});

		assertThat(verifier().check(new X509Certificate[] { broken }, CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
		assertThat(verifier().check(new X509Certificate[] { null }, CUSTOMER).status())
			.isEqualTo(CertificateStatus.UNTRUSTED);
	}

	@Test
	@DisplayName("A configured CA file that cannot be read stops the start-up")
	void missingCaFile() {
		Path missing = this.directory.resolve("missing.pem");

		assertThatIllegalStateException()
			.isThrownBy(() -> new DeviceCertificateVerifier(properties(missing, null), this.clock));
		assertThatIllegalStateException()
			.isThrownBy(() -> new DeviceCertificateVerifier(properties(this.ca, missing), this.clock));
	}

	private DeviceCertificateVerifier verifier() {
		return verifier(this.clock);
	}

	private DeviceCertificateVerifier verifier(Clock clock) {
		return new DeviceCertificateVerifier(properties(this.ca, this.crl), clock);
	}

	static CertificateProperties properties(Path ca, Path crl) {
		return new CertificateProperties(ca, crl, true,
				new CertificateProperties.ProxyHeader(false, "X-Client-Cert", List.of()),
				new CertificateProperties.DevPki(false, Path.of("unused")), true);
	}

}
