package com.brokerage.passwordcenter.notification;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * S/MIME (multipart/signed, SHA256withRSA) with the signer certificate attached, so a
 * mail client can show that the mail is "digitally signed" as its text promises
 * (R-REISSUE-6).
 */
class SmimeSigner {

	private final MailSigningKey key;

	SmimeSigner(MailSigningKey key) {
		this.key = key;
	}

	MimeMultipart sign(MimeBodyPart content) throws SMIMEException {
		try {
			SMIMESignedGenerator generator = new SMIMESignedGenerator();
			generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA",
					this.key.privateKey(), this.key.certificate()));
			generator.addCertificates(new JcaCertStore(List.of(this.key.certificate())));
			return generator.generate(content);
		}
		catch (OperatorCreationException | CertificateEncodingException ex) {
			throw new IllegalStateException("Mail signing key cannot sign", ex);
		}
	}

	X509Certificate certificate() {
		return this.key.certificate();
	}

}
