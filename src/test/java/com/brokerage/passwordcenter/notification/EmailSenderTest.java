package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mails through real SMTP into GreenMail; the S/MIME signature checked with Bouncy
 * Castle.
 */
class EmailSenderTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	static Path pki;

	private static final Locale ZH_TW = CustomerLanguage.ZH_TW;

	private static SmimeSigner signer;

	@BeforeAll
	static void signingKey() {
		NotificationProperties properties = NotificationFixtures.properties(null, pki.resolve("mail-signing.p12"));
		signer = new SmimeSigner(MailSigningKey.load(properties.smime(), properties.mail().from()));
	}

	private static EmailSender sender(int smtpPort) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtpPort);
		return new EmailSender(mail, new MailTemplates(NotificationFixtures.messages()), signer,
				NotificationFixtures.properties(null, pki.resolve("mail-signing.p12")), NotificationFixtures.texts(),
				NotificationFixtures.metrics());
	}

	private static EmailSender sender() {
		return sender(greenMail.getSmtp().getPort());
	}

	@Test
	@DisplayName("R-REISSUE-6: the link mail says applied at <Taipei time>, open the link within 24 hours, "
			+ "button 啟動電子登入密碼, never asks for information, digitally signed, no-reply")
	void reissueLinkMail() throws Exception {
		String link = "https://localhost:8443/reissue/link?token=abc123";
		sender().sendReissueLinkEmail("chen@example.com", "陳大文", Instant.parse("2023-04-10T04:31:25Z"), link,
				Duration.ofHours(24), ZH_TW);

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("凱基證券線上密碼補發無憑證申請");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("no-reply@brokerage.example");
		assertThat(from.getPersonal()).isEqualTo("凱基證券");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("chen@example.com");

		MimeMultipart alternative = signedContent(mail);
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		String text = (String) part(alternative, "text/plain").getContent();
		String html = (String) part(alternative, "text/html").getContent();
		for (String body : new String[] { text, html }) {
			assertThat(body).contains("親愛的陳大文，您好：")
				.contains("2023/04/10 12:31:25")
				.contains("申請密碼補發，請您於24小時內點開下方連結，到網站上執行發送簡訊以取得暫時通行碼")
				.contains("啟動電子登入密碼")
				.contains(link)
				.contains("本公司不會以電子郵件要求客戶揭露任何資訊")
				.contains("本封通知信已經由數位簽章認證")
				.contains("請勿直接回覆這封電子郵件")
				.contains("0800-085-005");
		}
		assertThat(html).contains("<a href=\"" + link + "\"");
	}

	@Test
	@DisplayName("R-REISSUE-4: the passcode mail holds the 7-digit temporary passcode, valid 5 minutes, signed")
	void passcodeMail() throws Exception {
		sender().sendPasscodeEmail("chen@example.com", "1234567", Duration.ofMinutes(5), ZH_TW);

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("凱基證券線上密碼補發暫時通行碼");
		String text = (String) part(signedContent(mail), "text/plain").getContent();
		assertThat(text).contains("親愛的投資人，您好：")
			.contains("暫時通行碼為：1234567")
			.contains("請於申請後5分鐘內")
			.contains("限專屬帳號")
			.contains("數位簽章");
	}

	@Test
	@DisplayName("R-REISSUE-11: the password-changed mail names the passwords changed, the time in Taipei and whom to call, signed")
	void passwordChangedMail() throws Exception {
		sender().sendPasswordChangedEmail("chen@example.com", null, EnumSet.of(ChangedPassword.LOGIN),
				Instant.parse("2023-04-10T04:31:25Z"), ZH_TW);

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("凱基證券電子登入密碼變更通知");
		String text = (String) part(signedContent(mail), "text/plain").getContent();
		assertThat(text).contains("您的電子登入密碼已於2023/04/10 12:31:25變更成功。請以更改後的密碼重新登入電子平台。")
			.contains("若此變更非您本人所為，請立即洽客服專線 0800-085-005")
			.contains("https://localhost:8443/");
	}

	@Test
	@DisplayName("R-CHANGE-3: a withdrawal-only change mails the withdrawal notice, in English for an English journey, "
			+ "with English opening hours")
	void withdrawalNoticeInEnglish() throws Exception {
		sender().sendPasswordChangedEmail("chen@example.com", "Chen", EnumSet.of(ChangedPassword.WITHDRAWAL),
				Instant.parse("2023-04-10T04:31:25Z"), Locale.ENGLISH);

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("KGI Securities: your online withdrawal password changed");
		MimeMultipart alternative = signedContent(mail);
		for (String body : new String[] { (String) part(alternative, "text/plain").getContent(),
				(String) part(alternative, "text/html").getContent() }) {
			assertThat(body).contains("Dear Chen,")
				.contains("This was changed on 2023/04/10 12:31:25 (Taiwan time): your online withdrawal password.")
				.contains("call customer service on 0800-085-005")
				.contains("Mon–Fri 08:00–18:00")
				.doesNotContain("login password")
				.doesNotContain("週一")
				.doesNotContain("密碼");
		}
	}

	@Test
	@DisplayName("R-UNIFY-2/3: the unification notice says every password is now one and that splitting is done at a branch")
	void passwordsUnifiedMail() throws Exception {
		sender().sendPasswordsUnifiedEmail("chen@example.com", "陳大文", Instant.parse("2023-04-10T04:31:25Z"), ZH_TW);

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("凱基證券密碼歸戶完成通知");
		String text = (String) part(signedContent(mail), "text/plain").getContent();
		assertThat(text).contains("親愛的陳大文，您好")
			.contains("您已於2023/04/10 12:31:25完成密碼歸戶")
			.contains("臨櫃辦理")
			.contains("若此變更非您本人所為，請立即洽客服專線 0800-085-005");
		String html = (String) part(signedContent(mail), "text/html").getContent();
		assertThat(html).contains("完成密碼歸戶");
	}

	@Test
	@DisplayName("R-REISSUE-6: a link that does not lead to our site is never mailed")
	void refusesForeignLink() {
		assertThatThrownBy(() -> sender().sendReissueLinkEmail("chen@example.com", null, Instant.now(),
				"https://localhost:8443.evil.example/reissue", Duration.ofHours(24), ZH_TW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	@DisplayName("R-PWD-5: an unreachable mail server throws for a retry, without the code or the full address")
	void unreachableSmtpThrows() {
		assertThatThrownBy(
				() -> sender(1).sendPasscodeEmail("chen@example.com", "7654321", Duration.ofMinutes(5), ZH_TW))
			.isInstanceOf(NotificationException.class)
			.hasMessageContaining("ch***@example.com")
			.hasNoCause()
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("7654321", "chen@"));
	}

	private static MimeMessage onlyMail() {
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	/**
	 * Verifies the S/MIME signature with the attached certificate and returns what it
	 * covers.
	 */
	private static MimeMultipart signedContent(MimeMessage mail) throws Exception {
		assertThat(mail.getContentType()).startsWith("multipart/signed").contains("sha-256");
		SMIMESigned signed = new SMIMESigned((MimeMultipart) mail.getContent());
		Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
		assertThat(signers).hasSize(1);
		SignerInformation signer = signers.iterator().next();
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
		assertThat(certificates).as("signer certificate included").hasSize(1);
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(certificates.iterator().next());
		assertThat(certificate).isEqualTo(signer());
		assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
		assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
		return (MimeMultipart) signed.getContent().getContent();
	}

	private static X509Certificate signer() {
		return signer.certificate();
	}

	private static BodyPart part(MimeMultipart multipart, String mimeType) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).isMimeType(mimeType)) {
				return multipart.getBodyPart(i);
			}
		}
		throw new AssertionError("no " + mimeType + " part");
	}

}
