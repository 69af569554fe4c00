package com.brokerage.passwordcenter.certificate;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Device certificates (R-REISSUE-3, R-UNLOCK-3) and TLS (R-REISSUE-12), under
 * {@code password-center.certificate.*}.
 *
 * @param ca PEM file with the CA certificate(s) that issue device certificates; without
 * it no certificate is valid (fail closed)
 * @param crl PEM file with the CA's CRL(s); without it revocation is not checked
 * @param requireTls refuse reissue and unlock requests that did not arrive over TLS; turn
 * off only for local plain-HTTP tests
 * @param proxyHeader a device certificate forwarded by a TLS-terminating reverse proxy
 * @param devPki the dev CA and certificates generated for the demo profile
 * @param acceptAnyClientCertificateAtTls let the HTTPS connector accept any client
 * certificate so the app judges it ({@link ClientCertificateTlsCustomizer})
 */
@Validated
@ConfigurationProperties("password-center.certificate")
public record CertificateProperties(Path ca, Path crl, @DefaultValue("true") boolean requireTls,
		@Valid @DefaultValue ProxyHeader proxyHeader, @Valid @DefaultValue DevPki devPki,
		@DefaultValue("true") boolean acceptAnyClientCertificateAtTls) {

	/**
	 * The proxy puts the client certificate into a header as URL-encoded PEM (nginx:
	 * {@code proxy_set_header X-Client-Cert $ssl_client_escaped_cert;}). The header is
	 * believed only from the listed addresses; from anyone else it is a forgery.
	 *
	 * @param enabled whether to read the header at all
	 * @param name the header's name
	 * @param trustedProxies IP addresses or CIDR ranges of the proxies, compared with
	 * {@code request.getRemoteAddr()}
	 */
	public record ProxyHeader(@DefaultValue("false") boolean enabled,
			@NotBlank @DefaultValue("X-Client-Cert") String name, @DefaultValue List<String> trustedProxies) {
	}

	/**
	 * Read early by {@link DevPkiEnvironmentPostProcessor} from the environment; bound
	 * here to validate and document it.
	 *
	 * @param enabled generate the dev PKI when the demo profile is active
	 * @param directory where the dev PKI lives
	 */
	public record DevPki(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("./data/pki") Path directory) {
	}

}
