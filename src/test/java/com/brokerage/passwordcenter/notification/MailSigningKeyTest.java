package com.brokerage.passwordcenter.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MailSigningKeyTest {

	@TempDir
	Path pki;

	private static NotificationProperties.Smime smime(Path keyStore, boolean generate) {
		return new NotificationProperties.Smime(keyStore.toString(), "secret", "mail-signing", generate);
	}

	@Test
	@DisplayName("Demo: a missing key store is generated once, self-signed for S/MIME by the no-reply address")
	void demoGeneratesOnce() throws Exception {
		Path keyStore = this.pki.resolve("nested/mail-signing.p12");

		MailSigningKey first = MailSigningKey.load(smime(keyStore, true), "no-reply@brokerage.example");
		MailSigningKey second = MailSigningKey.load(smime(keyStore, true), "no-reply@brokerage.example");

		assertThat(keyStore).exists();
		assertThat(second.certificate()).isEqualTo(first.certificate());
		X509Certificate certificate = first.certificate();
		certificate.checkValidity();
		certificate.verify(certificate.getPublicKey());
		assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
		assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.4");
		assertThat(certificate.getSubjectAlternativeNames()).contains(List.of(1, "no-reply@brokerage.example"));
		try (var files = Files.list(keyStore.getParent())) {
			assertThat(files).as("no temporary file left").containsExactly(keyStore);
		}
	}

	@Test
	@DisplayName("Outside the demo, a missing key store stops start-up and names the property to set")
	void missingKeyStoreFails() {
		Path keyStore = this.pki.resolve("absent.p12");
		assertThatIllegalStateException().isThrownBy(() -> MailSigningKey.load(smime(keyStore, false), "x@y.example"))
			.withMessageContaining("password-center.notification.smime.key-store")
			.withMessageContaining("absent.p12");
		assertThat(keyStore).doesNotExist();
	}

	@Test
	@DisplayName("A key store without the configured alias is refused with a clear message")
	void wrongAliasFails() {
		Path keyStore = this.pki.resolve("mail-signing.p12");
		MailSigningKey.load(smime(keyStore, true), "no-reply@brokerage.example");
		NotificationProperties.Smime other = new NotificationProperties.Smime(keyStore.toString(), "secret", "other",
				false);
		assertThatIllegalStateException().isThrownBy(() -> MailSigningKey.load(other, "no-reply@brokerage.example"))
			.withMessageContaining("alias 'other'");
	}

}
