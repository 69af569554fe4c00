package com.brokerage.passwordcenter.certificate;

/**
 * The outcome of checking a device certificate; only {@link #VALID} lets the customer
 * take the certificate path of reissue (R-REISSUE-3) or unlock online (R-UNLOCK-3).
 */
public enum CertificateStatus {

	/** Chains to the CA, within its dates, not revoked, issued to this customer. */
	VALID,

	/** The device presented no certificate. */
	ABSENT,

	/**
	 * Does not chain to the configured CA, is not a client certificate, or could not be
	 * checked at all (unreadable, no CA configured, revocation status unknown).
	 */
	UNTRUSTED,

	/** Past its notAfter date. */
	EXPIRED,

	/** Before its notBefore date. */
	NOT_YET_VALID,

	/** Listed on the CA's CRL. */
	REVOKED,

	/** A good certificate, but of another customer. */
	OTHER_CUSTOMER

}
