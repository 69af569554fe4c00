package com.brokerage.passwordcenter.notification;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads a received mail the way the demo mailbox shows it: whose valid S/MIME signature
 * it carries, and its plain-text part.
 */
final class SignedMail {

	private SignedMail() {
	}

	/** The certificate of a signer whose signature verifies, if the mail has one. */
	static Optional<X509Certificate> verifiedSigner(Part message) {
		try {
			if (!message.isMimeType("multipart/signed")) {
				return Optional.empty();
			}
			SMIMESigned signed = new SMIMESigned((MimeMultipart) message.getContent());
			for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
				@SuppressWarnings("unchecked")
				Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
				for (X509CertificateHolder holder : matches) {
					X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
					if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
						return Optional.of(certificate);
					}
				}
			}
			return Optional.empty();
		}
		catch (MessagingException | IOException | CMSException | CertificateException | OperatorCreationException ex) {
			return Optional.empty();
		}
	}

	/** The first text/plain part, depth first; empty when there is none. */
	static String plainText(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			MimeMultipart multipart = (MimeMultipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = plainText(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

}
