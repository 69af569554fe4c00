package com.brokerage.passwordcenter.certificate;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import com.brokerage.passwordcenter.customer.Masking;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Decides whether the device holds a valid certificate of a customer (R-REISSUE-3,
 * R-UNLOCK-3): real X.509 checked with the JDK's PKIX validator, never a flag the client
 * sends.
 * <p>
 * A device certificate is valid when it
 * <ul>
 * <li>chains to a CA certificate of {@code password-center.certificate.ca} (the presented
 * chain is leaf first, as TLS delivers it);</li>
 * <li>is within its validity dates at the app's {@link java.time.Clock};</li>
 * <li>is not on the CRL of {@code password-center.certificate.crl}, when one is
 * configured;</li>
 * <li>is an end-entity certificate (not a CA) whose extended key usage, if present,
 * allows TLS client authentication;</li>
 * <li>names the customer: the subject carries exactly one X.500 {@code SERIALNUMBER}
 * attribute (OID 2.5.4.5) holding the national ID or unified business number, compared
 * case-insensitively after trimming. The {@code CN} is the customer's name and is not
 * compared. Example: {@code C=TW, O=…, SERIALNUMBER=A123456789, CN=陳大文}.</li>
 * </ul>
 * It fails closed: anything that cannot be parsed or checked is
 * {@link CertificateStatus#UNTRUSTED}; no exception reaches the caller.
 */
@Service
public class DeviceCertificateVerifier {

	private static final Logger log = LoggerFactory.getLogger(DeviceCertificateVerifier.class);

	private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

	private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

	private final TrustFiles trust;

	private final Clock clock;

	DeviceCertificateVerifier(CertificateProperties properties, Clock clock) {
		this.trust = new TrustFiles(properties.ca(), properties.crl());
		this.clock = clock;
	}

	/**
	 * Checks the certificate chain a device presented against a customer.
	 * @param presented the chain, leaf first (from {@link DeviceCertificateResolver});
	 * {@code null} or empty when the device presented none
	 * @param customerId the national ID or business number the customer entered
	 * @return the outcome; never {@code null}
	 */
	public CertificateCheck check(X509Certificate[] presented, String customerId) {
		if (presented == null || presented.length == 0) {
			return CertificateCheck.absent();
		}
		CertificateCheck check;
		try {
			check = verify(presented, customerId);
		}
		catch (RuntimeException ex) {
			// a malformed certificate can throw from deep inside the providers
			log.warn("Device certificate could not be checked: {}", ex.toString());
			check = new CertificateCheck(CertificateStatus.UNTRUSTED, serialOf(presented));
		}
		log.debug("Device certificate {} for {}: {}", check.serialNumber(), Masking.customerId(customerId),
				check.status());
		return check;
	}

	private CertificateCheck verify(X509Certificate[] presented, String customerId) {
		X509Certificate leaf = presented[0];
		String serial = serialOf(presented);
		if (leaf == null) {
			return new CertificateCheck(CertificateStatus.UNTRUSTED, null);
		}
		TrustFiles.Material material = this.trust.current();
		if (material.anchors().isEmpty() || !isClientCertificate(leaf)) {
			return new CertificateCheck(CertificateStatus.UNTRUSTED, serial);
		}
		CertificateStatus status = validatePath(presented, material);
		if (status == CertificateStatus.VALID && !namesCustomer(leaf, customerId)) {
			status = CertificateStatus.OTHER_CUSTOMER;
		}
		return new CertificateCheck(status, serial);
	}

	private CertificateStatus validatePath(X509Certificate[] presented, TrustFiles.Material material) {
		List<X509Certificate> path = new ArrayList<>();
		for (X509Certificate certificate : presented) {
			// a client may send the root along; the path ends below the trust anchor
			if (certificate != null && !isAnchor(certificate, material)) {
				path.add(certificate);
			}
		}
		if (path.isEmpty() || !path.get(0).equals(presented[0])) {
			return CertificateStatus.UNTRUSTED;
		}
		try {
			CertPathValidator validator = CertPathValidator.getInstance("PKIX");
			PKIXParameters parameters = new PKIXParameters(material.anchors());
			parameters.setDate(Date.from(this.clock.instant()));
			parameters.setRevocationEnabled(material.checksRevocation());
			if (material.checksRevocation()) {
				parameters.addCertStore(
						CertStore.getInstance("Collection", new CollectionCertStoreParameters(material.crls())));
				// the configured CRL decides; no OCSP or CRL download from the network
				PKIXRevocationChecker revocation = (PKIXRevocationChecker) validator.getRevocationChecker();
				revocation.setOptions(
						EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
				parameters.addCertPathChecker(revocation);
			}
			validator.validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
			return CertificateStatus.VALID;
		}
		catch (CertPathValidatorException ex) {
			return statusOf(ex);
		}
		catch (GeneralSecurityException ex) {
			log.warn("Device certificate could not be checked: {}", ex.toString());
			return CertificateStatus.UNTRUSTED;
		}
	}

	private static CertificateStatus statusOf(CertPathValidatorException ex) {
		if (ex.getReason() == BasicReason.EXPIRED) {
			return CertificateStatus.EXPIRED;
		}
		if (ex.getReason() == BasicReason.NOT_YET_VALID) {
			return CertificateStatus.NOT_YET_VALID;
		}
		if (ex.getReason() == BasicReason.REVOKED) {
			return CertificateStatus.REVOKED;
		}
		if (ex.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
			// typically a CRL past its nextUpdate: treat as untrusted until a fresh one
			log.warn("Device certificate revocation status unknown (is the CRL current?): {}", ex.getMessage());
		}
		else if (ex.getReason() != PKIXReason.NO_TRUST_ANCHOR && ex.getReason() != BasicReason.INVALID_SIGNATURE) {
			log.info("Device certificate rejected: {}", ex.getMessage());
		}
		return CertificateStatus.UNTRUSTED;
	}

	private static boolean isAnchor(X509Certificate certificate, TrustFiles.Material material) {
		for (TrustAnchor anchor : material.anchors()) {
			if (certificate.equals(anchor.getTrustedCert())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isClientCertificate(X509Certificate leaf) {
		if (leaf.getBasicConstraints() != -1) {
			return false;
		}
		try {
			List<String> usages = leaf.getExtendedKeyUsage();
			return usages == null || usages.contains(CLIENT_AUTH) || usages.contains(ANY_EXTENDED_KEY_USAGE);
		}
		catch (CertificateParsingException ex) {
			return false;
		}
	}

	/** Exactly one SERIALNUMBER in the subject, equal to the customer ID. */
	static boolean namesCustomer(X509Certificate certificate, String customerId) {
		if (customerId == null || customerId.isBlank()) {
			return false;
		}
		List<String> ids = subjectCustomerIds(certificate);
		return ids.size() == 1 && ids.get(0).trim().equalsIgnoreCase(customerId.trim());
	}

	private static List<String> subjectCustomerIds(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		List<String> ids = new ArrayList<>();
		for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
			for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
				if (BCStyle.SERIALNUMBER.equals(attribute.getType())) {
					// a non-string value cannot be an ID, but still counts as one
					ids.add((attribute.getValue() instanceof ASN1String text) ? text.getString() : "");
				}
			}
		}
		return ids;
	}

	private static String serialOf(X509Certificate[] presented) {
		try {
			return (presented[0] != null) ? presented[0].getSerialNumber().toString(16) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
