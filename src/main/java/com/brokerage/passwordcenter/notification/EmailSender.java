package com.brokerage.passwordcenter.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.operations.BusinessMetrics;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.mail.smime.SMIMEException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails from the no-reply address: an HTML and a plain-text part (multipart/alternative)
 * from the templates in {@code templates/mail/}, S/MIME signed. Every failure throws a
 * {@link NotificationException} so the calling job is retried (style.md, habit 6).
 */
@Component
public class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private static final Pattern PASSCODE = Pattern.compile("\\d{7}");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

	private final JavaMailSender mailSender;

	private final MailTemplates templates;

	private final SmimeSigner signer;

	private final NotificationProperties properties;

	private final PasswordCenterProperties center;

	private final BusinessMetrics metrics;

	EmailSender(JavaMailSender mailSender, MailTemplates templates, SmimeSigner signer,
			NotificationProperties properties, PasswordCenterProperties center, BusinessMetrics metrics) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.signer = signer;
		this.properties = properties;
		this.center = center;
		this.metrics = metrics;
	}

	/**
	 * R-REISSUE-4: the 7-digit temporary passcode, when the customer with a certificate
	 * chose email.
	 * @param code the passcode in clear; used for this mail only, never logged
	 */
	public void sendPasscodeEmail(String email, String code) {
		if (code == null || !PASSCODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A passcode is 7 digits");
		}
		Map<String, Object> variables = common();
		variables.put("code", code);
		variables.put("validMinutes", this.properties.passcodeValidity().toMinutes());
		send(email, company() + "線上密碼補發暫時通行碼", "passcode", variables);
	}

	/**
	 * R-REISSUE-5, R-REISSUE-6: the verification link of a reissue without certificate.
	 * @param customerName the name on file, or {@code null} for the manual's "親愛的投資人"
	 * @param appliedAt when the customer applied, shown in the brokerage's zone
	 * @param linkUrl the link with its token; must start with the configured site base
	 * URL, never logged
	 */
	public void sendReissueLinkEmail(String email, String customerName, Instant appliedAt, String linkUrl) {
		if (linkUrl == null || !linkUrl.startsWith(siteBaseUrl())) {
			// a mail that says "open the link below" must never point anywhere but our
			// site
			throw new IllegalArgumentException("The reissue link must start with the configured site base URL");
		}
		Map<String, Object> variables = common();
		variables.put("customerName", customerName);
		variables.put("appliedAt", SECOND.format(appliedAt.atZone(this.center.zone())));
		variables.put("validHours", this.properties.linkValidity().toHours());
		variables.put("linkUrl", linkUrl);
		send(email, company() + "線上密碼補發無憑證申請", "reissue-link", variables);
	}

	/**
	 * After a reissue or a change: the owner of the address learns of it, and whom to
	 * call if it was not them.
	 */
	public void sendPasswordChangedEmail(String email, String customerName, Instant changedAt) {
		Map<String, Object> variables = common();
		variables.put("customerName", customerName);
		variables.put("changedAt", SECOND.format(changedAt.atZone(this.center.zone())));
		send(email, company() + "電子登入密碼變更通知", "password-changed", variables);
	}

	/**
	 * R-UNIFY-2/3: the passwords of every account are now one; splitting them again is
	 * done at a branch.
	 */
	public void sendPasswordsUnifiedEmail(String email, String customerName, Instant unifiedAt) {
		Map<String, Object> variables = common();
		variables.put("customerName", customerName);
		variables.put("unifiedAt", SECOND.format(unifiedAt.atZone(this.center.zone())));
		send(email, company() + "密碼歸戶完成通知", "passwords-unified", variables);
	}

	private void send(String email, String subject, String template, Map<String, Object> variables) {
		String masked = Masking.email(email);
		try {
			MimeMessage message = this.mailSender.createMimeMessage();
			NotificationProperties.Mail mail = this.properties.mail();
			message.setFrom(new InternetAddress(mail.from(), mail.fromName(), StandardCharsets.UTF_8.name()));
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email, true));
			message.setSubject(subject, StandardCharsets.UTF_8.name());
			MimeMultipart signed = this.signer
				.sign(alternative(this.templates.text(template, variables), this.templates.html(template, variables)));
			message.setContent(signed, signed.getContentType());
			this.mailSender.send(message);
		}
		catch (MailException | MessagingException | SMIMEException | UnsupportedEncodingException ex) {
			this.metrics.notificationFailure("email", template);
			throw new NotificationException(
					"Mail " + template + " to " + masked + " failed: " + ex.getClass().getSimpleName());
		}
		log.info("Mail {} sent to {}", template, masked);
	}

	/**
	 * Both parts get an explicit transfer encoding before signing, so no relay re-encodes
	 * the signed bytes and breaks the signature.
	 */
	private static MimeBodyPart alternative(String text, String html) throws MessagingException {
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
		plain.setHeader("Content-Transfer-Encoding", "quoted-printable");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText(html, StandardCharsets.UTF_8.name(), "html");
		rich.setHeader("Content-Transfer-Encoding", "quoted-printable");
		MimeBodyPart content = new MimeBodyPart();
		content.setContent(new MimeMultipart("alternative", plain, rich));
		return content;
	}

	private Map<String, Object> common() {
		PasswordCenterProperties.Branding branding = this.center.branding();
		Map<String, Object> variables = new HashMap<>();
		variables.put("companyName", branding.companyName());
		variables.put("customerServicePhone", branding.customerServicePhone());
		variables.put("customerServicePhoneAlt", branding.customerServicePhoneAlt());
		variables.put("customerServiceHours", branding.customerServiceHours());
		variables.put("siteBaseUrl", siteBaseUrl());
		return variables;
	}

	private String company() {
		return this.center.branding().companyName();
	}

	private String siteBaseUrl() {
		String base = this.properties.siteBaseUrl();
		return base.endsWith("/") ? base : base + "/";
	}

}
