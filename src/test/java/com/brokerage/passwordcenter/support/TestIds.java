package com.brokerage.passwordcenter.support;

import java.util.concurrent.ThreadLocalRandom;

import com.brokerage.passwordcenter.customer.TaiwanIds;

/**
 * Fresh, checksum-valid national IDs, so tests sharing one database never meet each
 * other's customers.
 */
public final class TestIds {

	private TestIds() {
	}

	public static String nationalId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			String base = (char) ('A' + random.nextInt(26)) + String.valueOf(1 + random.nextInt(2))
					+ String.format("%07d", random.nextInt(10_000_000));
			for (int check = 0; check < 10; check++) {
				if (TaiwanIds.isValidNationalId(base + check)) {
					return base + check;
				}
			}
		}
	}

}
