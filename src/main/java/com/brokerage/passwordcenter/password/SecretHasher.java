package com.brokerage.passwordcenter.password;

import java.util.Map;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * R-PWD-5: slow salted hashes of the secrets outside the login's timing — voice and
 * withdrawal passwords, a reissue's initial password — stored as
 * {@code {bcrypt}$2a$10$...} so the algorithm or its cost can be raised later without
 * invalidating what is stored. Matching is constant-time inside the encoder. Web login
 * passwords are {@link WebPasswords}'. Every hash and check counts in
 * {@code password_center_password_hashes_total}: the hash is the cost floor of a login or
 * a reissue (docs/benchmarks), so operators and the benchmark can see how many each
 * takes.
 */
@Component
public class SecretHasher {

	/**
	 * The legacy formats an import accepts (master.MasterRowValidator): those the login
	 * verifies ({@link LegacyWebPasswordHashes}).
	 */
	public static final java.util.Set<String> LEGACY_IDS = LegacyWebPasswordHashes.ENCODERS.keySet();

	/**
	 * Stored for an account imported without a hash: no accepted id, so it matches no
	 * password and the customer can only reissue.
	 */
	public static final String NO_PASSWORD = "{none}";

	private final PasswordEncoder encoder;

	private final Counter hashes;

	private final Counter checks;

	SecretHasher(PasswordCenterProperties properties, MeterRegistry meters) {
		String id = "bcrypt";
		this.encoder = new DelegatingPasswordEncoder(id,
				Map.of(id, new BCryptPasswordEncoder(properties.hashing().bcryptStrength())));
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
		this.checks.increment();
		return this.encoder.matches(secret, hash);
	}

}
