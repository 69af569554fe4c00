package com.brokerage.passwordcenter.certificate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Finds the certificate chain the customer's device presented, for
 * {@link DeviceCertificateVerifier}. Two sources:
 * <ul>
 * <li>the TLS client certificate of this connection ({@code client-auth: want}), from the
 * servlet attribute {@value #TLS_ATTRIBUTE};</li>
 * <li>when {@code password-center.certificate.proxy-header.enabled} and the request comes
 * from a trusted proxy: the header the proxy set (URL-encoded PEM, as nginx's
 * {@code $ssl_client_escaped_cert}). The TLS peer is then the proxy, not the device, so
 * the connection's own certificate is not consulted.</li>
 * </ul>
 * A header from anyone else is ignored: it is only text the client typed. Nothing found
 * or nothing parseable gives an empty array.
 */
@Component
public class DeviceCertificateResolver {

	static final String TLS_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

	private static final Logger log = LoggerFactory.getLogger(DeviceCertificateResolver.class);

	private static final Pattern PEM_CERTIFICATE = Pattern
		.compile("-----BEGIN[ +]CERTIFICATE-----(.*?)-----END[ +]CERTIFICATE-----", Pattern.DOTALL);

	private static final X509Certificate[] NONE = new X509Certificate[0];

	private final CertificateProperties.ProxyHeader header;

	private final List<IpAddressMatcher> trustedProxies;

	DeviceCertificateResolver(CertificateProperties properties) {
		this.header = properties.proxyHeader();
		// IP addresses or CIDR ranges; a host name fails here, at start-up
		this.trustedProxies = this.header.trustedProxies().stream().map(IpAddressMatcher::new).toList();
		if (this.header.enabled() && this.trustedProxies.isEmpty()) {
			log.warn(
					"password-center.certificate.proxy-header.enabled without trusted-proxies: the header is never read");
		}
	}

	/**
	 * The presented chain, leaf first.
	 * @param request the customer's request
	 * @return the chain, or an empty array when the device presented none
	 */
	public X509Certificate[] resolve(HttpServletRequest request) {
		if (this.header.enabled() && fromTrustedProxy(request)) {
			return fromHeader(request.getHeader(this.header.name()));
		}
		Object attribute = request.getAttribute(TLS_ATTRIBUTE);
		if (attribute instanceof X509Certificate[] chain && chain.length > 0) {
			return chain.clone();
		}
		return NONE;
	}

	private boolean fromTrustedProxy(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (!StringUtils.hasText(remote)) {
			return false;
		}
		try {
			return this.trustedProxies.stream().anyMatch((proxy) -> proxy.matches(remote));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static X509Certificate[] fromHeader(String value) {
		if (!StringUtils.hasText(value)) {
			return NONE;
		}
		try {
			// percent-decoding that keeps '+' (a Base64 character) as it is; a proxy that
			// form-encodes turns the markers' spaces into '+', which the pattern allows
			String pem = StringUtils.uriDecode(value.trim(), StandardCharsets.UTF_8);
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			List<X509Certificate> chain = new ArrayList<>();
			Matcher matcher = PEM_CERTIFICATE.matcher(pem);
			while (matcher.find()) {
				// tolerate proxies that fold the PEM's line breaks into spaces
				byte[] der = Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s+", ""));
				chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
			}
			return chain.toArray(NONE);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			log.warn("Unreadable device certificate in the proxy header: {}", ex.toString());
			return NONE;
		}
	}

}
