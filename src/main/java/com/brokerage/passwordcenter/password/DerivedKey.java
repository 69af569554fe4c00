package com.brokerage.passwordcenter.password;

import java.nio.charset.StandardCharsets;

/**
 * K of docs/decisions.md#hashing: the one slow hash of a password under a customer's
 * salt, from which each account's verifier is a cheap HMAC. As secret as a password hash:
 * never logged (no {@code toString} of its value), kept by a journey only as its
 * {@link #pending()} form in our own table.
 */
public final class DerivedKey {

	private static final String PENDING_PREFIX = "{kdf}";

	private final String bcrypt;

	DerivedKey(String bcrypt) {
		this.bcrypt = bcrypt;
	}

	/** The salt with its cost, {@code $2a$NN$} and 22 characters. */
	public String salt() {
		return this.bcrypt.substring(0, WebPasswords.SALT_LENGTH);
	}

	byte[] key() {
		return this.bcrypt.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * What a journey keeps until its service task applies the new password (a bcrypt
	 * hash, as today's pending hashes are).
	 */
	public String pending() {
		return PENDING_PREFIX + this.bcrypt;
	}

	/** The key a journey kept with {@link #pending()}. */
	public static DerivedKey fromPending(String pending) {
		if (pending == null || !pending.startsWith(PENDING_PREFIX)) {
			throw new IllegalArgumentException("not a pending web password");
		}
		return new DerivedKey(pending.substring(PENDING_PREFIX.length()));
	}

	@Override
	public String toString() {
		return "DerivedKey[salt=" + salt() + "]";
	}

}
