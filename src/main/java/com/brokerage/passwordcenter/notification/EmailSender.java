package com.brokerage.passwordcenter.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.common.ChangedPassword;
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
 * from the templates in {@code templates/mail/} with the words of
 * {@code notifications*.properties} in the customer's language, S/MIME signed. Every
 * failure throws a {@link NotificationException} so the calling job is retried (style.md,
 * habit 6).
 */
@Component
public class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private static final Pattern PASSCODE = Pattern.compile("\\d{6,10}");

	private final JavaMailSender mailSender;

	private final MailTemplates templates;

	private final SmimeSigner signer;

	private final NotificationProperties properties;

	private final NoticeTexts texts;

	private final BusinessMetrics metrics;

	EmailSender(JavaMailSender mailSender, MailTemplates templates, SmimeSigner signer,
			NotificationProperties properties, NoticeTexts texts, BusinessMetrics metrics) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.signer = signer;
		this.properties = properties;
		this.texts = texts;
		this.metrics = metrics;
	}

	/**
	 * R-REISSUE-4: the 7-digit temporary passcode, when the customer with a certificate
	 * chose email.
	 * @param code the passcode in clear; used for this mail only, never logged
	 * @param validity how long the code is valid: the stored expiry minus the send time
	 */
	public void sendPasscodeEmail(String email, String code, Duration validity, Locale locale) {
		if (code == null || !PASSCODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A passcode is 6 to 10 digits (the passcode table, 7 as shipped)");
		}
		Map<String, Object> variables = common(locale);
		variables.put("code", code);
		variables.put("validity", this.texts.duration(validity, locale));
		send(email, "passcode", "mail.passcode.subject", locale, variables);
	}

	/**
	 * R-REISSUE-5, R-REISSUE-6: the verification link of a reissue without certificate.
	 * @param customerName the name on file, or {@code null} for the manual's "親愛的投資人"
	 * @param appliedAt when the customer applied, shown in the brokerage's zone
	 * @param linkUrl the link with its token; must start with the configured site base
	 * URL, never logged
	 * @param validity how long the link works (the link timer's duration)
	 */
	public void sendReissueLinkEmail(String email, String customerName, Instant appliedAt, String linkUrl,
			Duration validity, Locale locale) {
		if (linkUrl == null || !linkUrl.startsWith(siteBaseUrl())) {
			// a mail that says "open the link below" must never point anywhere but our
			// site
			throw new IllegalArgumentException("The reissue link must start with the configured site base URL");
		}
		Map<String, Object> variables = common(locale);
		variables.put("customerName", customerName);
		variables.put("appliedAt", this.texts.second(appliedAt));
		variables.put("validity", this.texts.duration(validity, locale));
		variables.put("linkUrl", linkUrl);
		send(email, "reissue-link", "mail.link.subject", locale, variables);
	}

	/**
	 * After a reissue or a change: the owner of the address learns which passwords were
	 * changed and when, and whom to call if it was not them.
	 * @param changedAt the moment of the change (not of this send)
	 */
	public void sendPasswordChangedEmail(String email, String customerName, Set<ChangedPassword> changed,
			Instant changedAt, Locale locale) {
		Map<String, Object> variables = common(locale);
		String passwords = this.texts.passwords(changed, locale);
		variables.put("customerName", customerName);
		variables.put("passwords", passwords);
		variables.put("changedAt", this.texts.second(changedAt));
		variables.put("logInAgain", changed.contains(ChangedPassword.LOGIN));
		send(email, "password-changed", "mail.passwordChanged.subject", locale, variables, passwords);
	}

	/**
	 * R-UNIFY-2/3: the passwords of every account are now one; splitting them again is
	 * done at a branch.
	 */
	public void sendPasswordsUnifiedEmail(String email, String customerName, Instant unifiedAt, Locale locale) {
		Map<String, Object> variables = common(locale);
		variables.put("customerName", customerName);
		variables.put("unifiedAt", this.texts.second(unifiedAt));
		send(email, "passwords-unified", "mail.passwordsUnified.subject", locale, variables);
	}

	private void send(String email, String template, String subjectKey, Locale locale, Map<String, Object> variables,
			Object... subjectArguments) {
		String masked = Masking.email(email);
		Object[] arguments = new Object[subjectArguments.length + 1];
		arguments[0] = variables.get("companyName");
		System.arraycopy(subjectArguments, 0, arguments, 1, subjectArguments.length);
		String subject = this.texts.text(subjectKey, locale, arguments);
		variables.put("subject", subject);
		variables.put("lang", locale.toLanguageTag());
		try {
			MimeMessage message = this.mailSender.createMimeMessage();
			NotificationProperties.Mail mail = this.properties.mail();
			message.setFrom(new InternetAddress(mail.from(), mail.fromName(), StandardCharsets.UTF_8.name()));
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email, true));
			message.setSubject(subject, StandardCharsets.UTF_8.name());
			MimeMultipart signed = this.signer.sign(alternative(this.templates.text(template, locale, variables),
					this.templates.html(template, locale, variables)));
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

	private Map<String, Object> common(Locale locale) {
		Map<String, Object> variables = this.texts.brand(locale);
		variables.put("siteBaseUrl", siteBaseUrl());
		return variables;
	}

	private String siteBaseUrl() {
		String base = this.properties.siteBaseUrl();
		return base.endsWith("/") ? base : base + "/";
	}

}
