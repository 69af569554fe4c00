package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CA certificates and CRLs, read from PEM (or DER) files at start-up and read again
 * when a file's modification time changes, so a new CRL takes effect without a restart. A
 * file that cannot be read at start-up stops the start; one that breaks later is logged
 * and the last good content stays in use.
 */
final class TrustFiles {

	private static final Logger log = LoggerFactory.getLogger(TrustFiles.class);

	private final Path caFile;

	private final Path crlFile;

	private volatile Material material;

	TrustFiles(Path caFile, Path crlFile) {
		this.caFile = caFile;
		this.crlFile = crlFile;
		try {
			this.material = load(null);
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException(
					"cannot read the device certificate CA or CRL (password-center.certificate.*): " + ex.getMessage(),
					ex);
		}
		if (this.caFile == null) {
			log.warn("No password-center.certificate.ca configured: no device certificate will be valid");
		}
		else {
			log.info("Device certificates: {} trusted CA certificate(s) from {}, {} CRL(s){}",
					this.material.anchors().size(), this.caFile, this.material.crls().size(),
					(this.crlFile != null) ? " from " + this.crlFile : " (revocation not checked)");
		}
	}

	/** The current CA and CRLs; re-reads a file that changed on disk. */
	Material current() {
		Material current = this.material;
		if (stamp(this.caFile).equals(current.caStamp()) && stamp(this.crlFile).equals(current.crlStamp())) {
			return current;
		}
		synchronized (this) {
			try {
				this.material = load(this.material);
				log.info("Device certificates: re-read CA {} and CRL {}", this.caFile, this.crlFile);
			}
			catch (IOException | GeneralSecurityException | RuntimeException ex) {
				log.warn("Device certificates: cannot re-read {} / {}, keeping the previous content: {}", this.caFile,
						this.crlFile, ex.toString());
				// remember the stamps so a broken file is not re-read on every request
				Material kept = this.material;
				this.material = new Material(kept.anchors(), kept.crls(), stamp(this.caFile), stamp(this.crlFile));
			}
			return this.material;
		}
	}

	private Material load(Material previous) throws IOException, GeneralSecurityException {
		String caStamp = stamp(this.caFile);
		String crlStamp = stamp(this.crlFile);
		if (previous != null && caStamp.equals(previous.caStamp()) && crlStamp.equals(previous.crlStamp())) {
			return previous;
		}
		Set<TrustAnchor> anchors = new LinkedHashSet<>();
		if (this.caFile != null) {
			for (Certificate certificate : read(this.caFile, CertificateFactory::generateCertificates)) {
				anchors.add(new TrustAnchor((X509Certificate) certificate, null));
			}
			if (anchors.isEmpty()) {
				throw new IOException(this.caFile + " holds no certificate");
			}
		}
		List<X509CRL> crls = new ArrayList<>();
		if (this.crlFile != null) {
			for (CRL crl : read(this.crlFile, CertificateFactory::generateCRLs)) {
				crls.add((X509CRL) crl);
			}
			if (crls.isEmpty()) {
				throw new IOException(this.crlFile + " holds no CRL");
			}
		}
		return new Material(Set.copyOf(anchors), List.copyOf(crls), caStamp, crlStamp);
	}

	private static <T> Collection<? extends T> read(Path file, Parser<T> parser)
			throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(file)) {
			return parser.parse(CertificateFactory.getInstance("X.509"), in);
		}
	}

	private static String stamp(Path file) {
		if (file == null) {
			return "none";
		}
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			return modified.toMillis() + "/" + Files.size(file);
		}
		catch (IOException ex) {
			return "unreadable";
		}
	}

	@FunctionalInterface
	private interface Parser<T> {

		Collection<? extends T> parse(CertificateFactory factory, InputStream in) throws GeneralSecurityException;

	}

	/**
	 * What the files held.
	 *
	 * @param anchors the CA certificates
	 * @param crls the CRLs, empty when none is configured
	 * @param caStamp when the CA file was read (modification time and size)
	 * @param crlStamp when the CRL file was read
	 */
	record Material(Set<TrustAnchor> anchors, List<X509CRL> crls, String caStamp, String crlStamp) {

		boolean checksRevocation() {
			return !this.crls.isEmpty();
		}

	}

}
