package com.brokerage.passwordcenter.password;

import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * R-PWD-5: slow salted hashes of passwords, stored as {@code {bcrypt}$2a$10$...} so the
 * algorithm or its cost can be raised later without invalidating what is stored. Matching
 * is constant-time inside the encoder. Every hash and check counts in
 * {@code password_center_password_hashes_total}: the hash is the cost floor of a login or
 * a reissue (docs/benchmarks), so operators and the benchmark can see how many each
 * takes.
 * <p>
 * Hashes imported from a brokerage's previous system ({@link #LEGACY_IDS}, with the
 * parameters Spring Security's {@code PasswordEncoderFactories} gives each id) are
 * verified too; {@link #needsUpgrade} tells the login to re-hash them with ours.
 */
@Component
public class SecretHasher {

	/** What new hashes are made with. */
	public static final String ENCODE_ID = "bcrypt";

	/**
	 * The slow salted formats accepted from an import (docs/operations.md, "Importing
	 * customers"); unsalted or clear ones (noop, MD5, SHA-1, SHA-256, ldap) are refused.
	 */
	public static final Set<String> LEGACY_IDS = Set.of("bcrypt", "pbkdf2", "pbkdf2@SpringSecurity_v5_8", "scrypt",
			"scrypt@SpringSecurity_v5_8", "argon2", "argon2@SpringSecurity_v5_8");

	/**
	 * Stored for an account imported without a hash: it matches no password, so the
	 * customer can only reissue.
	 */
	public static final String NO_PASSWORD = "{none}";

	private final PasswordEncoder encoder;

	/**
	 * A hash of nothing anyone knows: verifying against it costs what a real check costs
	 * (no timing oracle).
	 */
	private final String decoy;

	private final Counter hashes;

	private final Counter checks;

	SecretHasher(PasswordCenterProperties properties, MeterRegistry meters) {
		// the same parameters per id as
		// PasswordEncoderFactories.createDelegatingPasswordEncoder()
		this.encoder = new DelegatingPasswordEncoder(ENCODE_ID,
				Map.of(ENCODE_ID, new BCryptPasswordEncoder(properties.hashing().bcryptStrength()), "pbkdf2",
						Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5(), "pbkdf2@SpringSecurity_v5_8",
						Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "scrypt",
						SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1(), "scrypt@SpringSecurity_v5_8",
						SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8(), "argon2",
						Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2(), "argon2@SpringSecurity_v5_8",
						Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
		this.decoy = this.encoder.encode("decoy-" + System.nanoTime());
		this.hashes = counter(meters, "hash");
		this.checks = counter(meters, "check");
	}

	private static Counter counter(MeterRegistry meters, String operation) {
		return Counter.builder("password.center.password.hashes")
			.description("Password hashes computed (hash: a new one; check: a comparison)")
			.tag("operation", operation)
			.register(meters);
	}

	public String hash(String secret) {
		this.hashes.increment();
		return this.encoder.encode(secret);
	}

	public boolean matches(String secret, String hash) {
		if (secret == null || hash == null) {
			return false;
		}
		if (NO_PASSWORD.equals(hash)) {
			// no password on file: the same time as a wrong one
			spendEquivalentTime(secret);
			return false;
		}
		this.checks.increment();
		return this.encoder.matches(secret, hash);
	}

	/**
	 * True for a legacy format or a weaker bcrypt cost than ours: re-hash after the next
	 * successful check.
	 */
	public boolean needsUpgrade(String hash) {
		return hash != null && !NO_PASSWORD.equals(hash) && this.encoder.upgradeEncoding(hash);
	}

	/**
	 * Spends the time of one check, for answers that must not reveal whether an ID
	 * exists.
	 */
	public void spendEquivalentTime(String secret) {
		this.checks.increment();
		this.encoder.matches(secret == null ? "" : secret, this.decoy);
	}

}
