package com.brokerage.passwordcenter.certificate;

/**
 * What {@link DeviceCertificateVerifier} found.
 *
 * @param status the outcome
 * @param serialNumber the presented certificate's serial number in hex (for audit
 * records; not a secret), {@code null} when none was presented
 */
public record CertificateCheck(CertificateStatus status, String serialNumber) {

	static CertificateCheck absent() {
		return new CertificateCheck(CertificateStatus.ABSENT, null);
	}

	/** Whether the device holds a valid certificate of this customer. */
	public boolean valid() {
		return this.status == CertificateStatus.VALID;
	}

}
