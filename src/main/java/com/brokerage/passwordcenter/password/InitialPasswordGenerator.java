package com.brokerage.passwordcenter.password;

import java.security.SecureRandom;
import java.util.Random;

import com.brokerage.passwordcenter.customer.Customer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * R-REISSUE-9, R-OPS-2: the initial password of a reissue (online or at a branch) — 10
 * random letters and digits (no look-alikes such as 0/O, 1/l), at least one of each, so
 * it satisfies R-PWD-1 itself, and never one R-PWD-6 refuses for the customer. About 58
 * bits of entropy.
 */
@Component
public class InitialPasswordGenerator {

	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String ALL = LETTERS + DIGITS;

	private final Random random;

	private final PasswordBlocklist blocklist;

	@Autowired
	InitialPasswordGenerator(PasswordBlocklist blocklist) {
		this(blocklist, new SecureRandom());
	}

	InitialPasswordGenerator(PasswordBlocklist blocklist, Random random) {
		this.blocklist = blocklist;
		this.random = random;
	}

	/** R-PWD-6: drawn again until the customer's context words and the list allow it. */
	public String generate(Customer customer) {
		while (true) {
			String candidate = generate();
			if (!this.blocklist.refuses(candidate, customer)) {
				return candidate;
			}
		}
	}

	String generate() {
		while (true) {
			StringBuilder password = new StringBuilder(PasswordPolicy.WEB_MAX);
			for (int i = 0; i < PasswordPolicy.WEB_MAX; i++) {
				password.append(ALL.charAt(this.random.nextInt(ALL.length())));
			}
			String candidate = password.toString();
			if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
				return candidate;
			}
		}
	}

}
