package com.brokerage.passwordcenter.password;

import java.util.Map;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * R-PWD-5: slow salted hashes of passwords, stored as {@code {bcrypt}$2a$10$...} so the
 * algorithm or its cost can be raised later without invalidating what is stored. Matching
 * is constant-time inside the encoder.
 */
@Component
public class SecretHasher {

	private final PasswordEncoder encoder;

	/**
	 * A hash of nothing anyone knows: verifying against it costs what a real check costs
	 * (no timing oracle).
	 */
	private final String decoy;

	SecretHasher(PasswordCenterProperties properties) {
		String id = "bcrypt";
		this.encoder = new DelegatingPasswordEncoder(id,
				Map.of(id, new BCryptPasswordEncoder(properties.hashing().bcryptStrength())));
		this.decoy = this.encoder.encode("decoy-" + System.nanoTime());
	}

	public String hash(String secret) {
		return this.encoder.encode(secret);
	}

	public boolean matches(String secret, String hash) {
		if (secret == null || hash == null) {
			return false;
		}
		return this.encoder.matches(secret, hash);
	}

	/**
	 * Spends the time of one check, for answers that must not reveal whether an ID
	 * exists.
	 */
	public void spendEquivalentTime(String secret) {
		this.encoder.matches(secret == null ? "" : secret, this.decoy);
	}

}
