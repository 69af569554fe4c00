package com.brokerage.passwordcenter.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;

import org.springframework.stereotype.Component;

/**
 * R-PWD-5 for short-lived codes (passcodes, link tokens): an HMAC-SHA256 with a
 * configured key. Fast on purpose — the codes live minutes and are guarded by attempt
 * limits — yet useless to whoever reads the table without the key.
 */
@Component
public class KeyedHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	KeyedHasher(PasswordCenterProperties properties) {
		this.key = new SecretKeySpec(properties.secrets().hmacKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	public String hash(String secret) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

	/** Constant-time comparison of a candidate with a stored hash. */
	public boolean matches(String candidate, String storedHash) {
		if (candidate == null || storedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(candidate).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

}
