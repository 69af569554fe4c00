package com.brokerage.passwordcenter.password;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;

/**
 * The web-password hashes of the bank's old systems that a login still accepts until it
 * re-hashes them (docs/decisions.md#hashing): Spring Security's
 * {@code DelegatingPasswordEncoder} format with exactly these ids, each meaning what
 * {@code PasswordEncoderFactories.createDelegatingPasswordEncoder()} means by it. Weak
 * ones ({@code noop}, {@code MD5}, {@code SHA-1}, {@code ldap} …) and hashes without an
 * id are refused: they never match.
 */
final class LegacyWebPasswordHashes {

	/** The accepted ids, as written between the braces. */
	static final Map<String, PasswordEncoder> ENCODERS = Map.of("bcrypt", new BCryptPasswordEncoder(), "pbkdf2",
			Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5(), "pbkdf2@SpringSecurity_v5_8",
			Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "scrypt",
			SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1(), "scrypt@SpringSecurity_v5_8",
			SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8(), "argon2",
			Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2(), "argon2@SpringSecurity_v5_8",
			Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());

	private static final PasswordEncoder ENCODER = new DelegatingPasswordEncoder("bcrypt", ENCODERS);

	private LegacyWebPasswordHashes() {
	}

	/** Whether the hash is of an accepted id and was made from this password. */
	static boolean matches(String password, String legacyHash) {
		int end = legacyHash.indexOf('}');
		if (!legacyHash.startsWith("{") || end < 0 || !ENCODERS.containsKey(legacyHash.substring(1, end))) {
			return false;
		}
		try {
			return ENCODER.matches(password, legacyHash);
		}
		catch (IllegalArgumentException ex) {
			// a malformed hash of a known id: no password opens it
			return false;
		}
	}

}
