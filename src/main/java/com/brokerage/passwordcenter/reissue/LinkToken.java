package com.brokerage.passwordcenter.reissue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The token of an emailed reissue link (R-REISSUE-6): 256 random bits, base64url without
 * padding (43 characters). Only its keyed hash is ever stored.
 */
final class LinkToken {

	private static final int BYTES = 32;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkToken() {
	}

	static String generate() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Checked before any lookup, so odd input never reaches the database. */
	static boolean isWellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	/** The path of the link page; the token travels in the query. */
	static String sitePath(String token) {
		return "/reissue/link?token=" + token;
	}

}
