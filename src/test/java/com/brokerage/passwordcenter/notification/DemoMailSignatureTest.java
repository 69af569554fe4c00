package com.brokerage.passwordcenter.notification;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.brokerage.passwordcenter.certificate.DevPki;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's mail-signing certificate chains to the demo CA: the README's
 * {@code openssl smime -verify -CAfile data/pki/ca.pem} verifies a demo mail.
 */
class DemoMailSignatureTest {

	@TempDir
	Path pki;

	@Test
	@DisplayName("R-REISSUE-6: a mail signed with the demo key verifies with openssl against the demo CA only")
	void opensslVerifiesADemoMail() throws Exception {
		new DevPki(this.pki, "no-reply@brokerage.example").ensure();
		MailSigningKey key = MailSigningKey
			.load(new NotificationProperties.Smime(this.pki.resolve("mail-signing.p12").toString(), "demo",
					"mail-signing", false), "no-reply@brokerage.example");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("您於 2026/12/01 10:00 申請密碼補發。", "UTF-8");
		MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
		mail.setFrom(new InternetAddress("no-reply@brokerage.example"));
		mail.setSubject("密碼補發", "UTF-8");
		mail.setContent(new SmimeSigner(key).sign(text));
		mail.saveChanges();
		Path eml = this.pki.resolve("latest.eml");
		try (OutputStream out = Files.newOutputStream(eml)) {
			mail.writeTo(out);
		}

		Result verified = openssl("smime", "-verify", "-CAfile", this.pki.resolve("ca.pem").toString(), "-in",
				eml.toString(), "-out", "/dev/null");
		assertThat(verified.exit()).as(verified.output()).isZero();
		assertThat(verified.output()).contains("Verification successful");

		// a foreign CA does not verify it: the chain is what is checked
		Path other = Files.createDirectories(this.pki.resolve("other"));
		new DevPki(other, "no-reply@brokerage.example").ensure();
		assertThat(openssl("smime", "-verify", "-CAfile", other.resolve("ca.pem").toString(), "-in", eml.toString(),
				"-out", "/dev/null")
			.exit()).isNotZero();
	}

	private static Result openssl(String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "openssl";
		System.arraycopy(args, 0, command, 1, args.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	private record Result(int exit, String output) {
	}

}
