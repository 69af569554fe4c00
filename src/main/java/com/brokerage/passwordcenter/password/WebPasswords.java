package com.brokerage.passwordcenter.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Component;

/**
 * R-PWD-5 for web login passwords, one slow hash per attempt whatever the customer's
 * shape (docs/decisions.md#hashing): K = bcrypt(password, the customer's salt) at
 * {@code password-center.hashing.bcrypt-strength}, and each account's verifier is
 * HMAC-SHA-256(K, the account), compared in constant time. An unknown ID, or a customer
 * with no salt yet, derives under a salt made from HMAC(server key, ID): stable per ID,
 * so repeated attempts cost the same. Every derivation counts once in
 * {@code password_center_password_hashes_total} ({@code check} to verify, {@code hash}
 * for a new password); a legacy hash checked counts as {@code legacy-check}; the HMACs
 * are not hashes and are not counted.
 */
@Component
public class WebPasswords {

	/** {@code $2a$NN$} and 22 characters of bcrypt's base64. */
	static final int SALT_LENGTH = 29;

	private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String HMAC = "HmacSHA256";

	/** bcrypt reads at most 72 bytes; longer input is pre-hashed so it costs the same. */
	private static final int BCRYPT_MAX_BYTES = 72;

	private final int strength;

	private final SecretKeySpec saltKey;

	private final AccountRepository accounts;

	private final SecureRandom random = new SecureRandom();

	private final Counter checks;

	private final Counter hashes;

	private final Counter legacyChecks;

	WebPasswords(PasswordCenterProperties properties, AccountRepository accounts, MeterRegistry meters) {
		this.strength = properties.hashing().bcryptStrength();
		this.saltKey = new SecretKeySpec(
				("web-password-salt:" + properties.secrets().hmacKey()).getBytes(StandardCharsets.UTF_8), HMAC);
		this.accounts = accounts;
		this.checks = counter(meters, "check");
		this.hashes = counter(meters, "hash");
		this.legacyChecks = counter(meters, "legacy-check");
	}

	private static Counter counter(MeterRegistry meters, String operation) {
		return Counter.builder("password.center.password.hashes")
			.description("Password hashes computed (hash: a new one; check: a comparison)")
			.tag("operation", operation)
			.register(meters);
	}

	/** The one slow hash of a login or an old-password check of a known customer. */
	public DerivedKey derive(Customer customer, String password) {
		this.checks.increment();
		return kdf(password, saltOf(customer));
	}

	/**
	 * The same work for an ID nobody has: the salt a customer of that ID would have
	 * before any verifier is written.
	 */
	public DerivedKey deriveForUnknownId(String customerId, String password) {
		this.checks.increment();
		return kdf(password, idSalt(customerId == null ? "" : customerId));
	}

	/**
	 * The key of a new password. {@code everyAccount}: the new password is about to be
	 * set on every account of the customer, so an outdated cost can be raised (a new
	 * salt).
	 */
	public DerivedKey deriveNew(Customer customer, String password, boolean everyAccount) {
		this.hashes.increment();
		String salt = saltOf(customer);
		return kdf(password, (everyAccount && isOutdated(salt)) ? newSalt() : salt);
	}

	/**
	 * Whether the account's web password is this one: its verifier under {@code key}, or
	 * (until its next successful login) its legacy hash — one legacy check more.
	 */
	public boolean matches(DerivedKey key, Account account, String password) {
		if (account.getWebPasswordVerifier() != null) {
			return MessageDigest.isEqual(verifier(key, account.getId()).getBytes(StandardCharsets.US_ASCII),
					account.getWebPasswordVerifier().getBytes(StandardCharsets.US_ASCII));
		}
		if (account.getWebPasswordHash() == null || password == null) {
			return false;
		}
		this.legacyChecks.increment();
		return LegacyWebPasswordHashes.matches(password, account.getWebPasswordHash());
	}

	/** Whether a salt's cost is below today's (Spring's {@code upgradeEncoding}). */
	public boolean isOutdated(String salt) {
		return costOf(salt) < this.strength;
	}

	/**
	 * Sets the new web password on {@code targets} (managed entities, in the caller's
	 * transaction). A key under another salt than the customer's may only replace every
	 * account's password: it would strand the others.
	 */
	public void set(DerivedKey key, Customer customer, List<Account> targets, String voiceHashOrNull, Instant now,
			LocalDate expiresOn) {
		adoptSalt(key, customer, targets);
		for (Account account : targets) {
			account.changeWebPassword(verifier(key, account.getId()), voiceHashOrNull, now, expiresOn);
		}
	}

	/**
	 * The same password re-hashed in today's scheme after it matched (legacy hash, or a
	 * key of a lower cost): change date and expiry stay.
	 */
	public void upgrade(DerivedKey key, Customer customer, List<Account> targets) {
		adoptSalt(key, customer, targets);
		for (Account account : targets) {
			account.upgradeWebPassword(verifier(key, account.getId()));
		}
	}

	/** HMAC-SHA-256(K, the account), hex: what the account's row keeps. */
	public static String verifier(DerivedKey key, long accountId) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key.key(), HMAC));
			return HexFormat.of()
				.formatHex(mac.doFinal(("web-password:account:" + accountId).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

	/** K from a password and a salt — the slow hash. */
	public static DerivedKey kdf(String password, String salt) {
		byte[] input = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
		if (input.length > BCRYPT_MAX_BYTES) {
			input = ("sha256:" + sha256Hex(input)).getBytes(StandardCharsets.US_ASCII);
		}
		return new DerivedKey(BCrypt.hashpw(input, salt));
	}

	/** A salt of this cost from 16 bytes: {@code $2a$NN$} and bcrypt's base64. */
	public static String salt(int cost, byte[] sixteen) {
		StringBuilder salt = new StringBuilder(SALT_LENGTH).append(String.format("$2a$%02d$", cost));
		encodeBase64(sixteen, salt);
		return salt.toString();
	}

	private void adoptSalt(DerivedKey key, Customer customer, List<Account> targets) {
		String salt = key.salt();
		if (customer.getWebPasswordSalt() != null && !customer.getWebPasswordSalt().equals(salt)) {
			Set<Long> setting = targets.stream().map(Account::getId).collect(Collectors.toSet());
			boolean strands = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId())
				.stream()
				.anyMatch((a) -> a.getWebPasswordVerifier() != null && !setting.contains(a.getId()));
			if (strands) {
				throw new IllegalStateException("a new salt must replace every account's web password");
			}
		}
		customer.useWebPasswordSalt(salt);
	}

	private String saltOf(Customer customer) {
		return (customer.getWebPasswordSalt() != null) ? customer.getWebPasswordSalt()
				: idSalt(customer.getCustomerId());
	}

	private String idSalt(String customerId) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.saltKey);
			byte[] digest = mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8));
			return salt(this.strength, java.util.Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

	private String newSalt() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return salt(this.strength, bytes);
	}

	private static int costOf(String salt) {
		return Integer.parseInt(salt.substring(4, 6));
	}

	private static String sha256Hex(byte[] input) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	/** bcrypt's own base64 (its alphabet, no padding): 16 bytes → 22 characters. */
	private static void encodeBase64(byte[] d, StringBuilder out) {
		int off = 0;
		while (off < d.length) {
			int c1 = d[off++] & 0xff;
			out.append(ALPHABET.charAt((c1 >> 2) & 0x3f));
			c1 = (c1 & 0x03) << 4;
			if (off >= d.length) {
				out.append(ALPHABET.charAt(c1 & 0x3f));
				break;
			}
			int c2 = d[off++] & 0xff;
			c1 |= (c2 >> 4) & 0x0f;
			out.append(ALPHABET.charAt(c1 & 0x3f));
			c1 = (c2 & 0x0f) << 2;
			if (off >= d.length) {
				out.append(ALPHABET.charAt(c1 & 0x3f));
				break;
			}
			c2 = d[off++] & 0xff;
			c1 |= (c2 >> 6) & 0x03;
			out.append(ALPHABET.charAt(c1 & 0x3f));
			out.append(ALPHABET.charAt(c2 & 0x3f));
		}
	}

}
