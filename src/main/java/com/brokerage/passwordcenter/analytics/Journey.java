package com.brokerage.passwordcenter.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The journeys the analytics count: every process a customer or a back-office user
 * starts. The passcode process is not one: it is called by both reissues, and its steps
 * count in theirs.
 */
enum Journey {

	REISSUE_WITH_CERTIFICATE("reissue-with-certificate"), REISSUE_WITHOUT_CERTIFICATE("reissue-without-certificate"),
	UNLOCK("unlock"), PASSWORD_CHANGE("password-change"), UNIFICATION("unification"), PHONE_UNLOCK("phone-unlock"),
	BRANCH_REISSUE("branch-reissue"), BRANCH_SPLIT("branch-split");

	private final String processKey;

	Journey(String processKey) {
		this.processKey = processKey;
	}

	String processKey() {
		return this.processKey;
	}

	static Optional<Journey> byProcessKey(String key) {
		return Arrays.stream(values()).filter((journey) -> journey.processKey.equals(key)).findFirst();
	}

}
