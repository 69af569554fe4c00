package com.brokerage.passwordcenter.policy.guard;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What is wrong with one table, each said once, in the order found. */
final class Problems {

	private final Set<String> found = new LinkedHashSet<>();

	void add(String problem) {
		this.found.add(problem);
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	Set<String> all() {
		return this.found;
	}

	/** Inputs as an analyst reads them: {@code failedLogins=0, unlockUsed=false}. */
	static String inputs(Map<String, Object> inputs) {
		if (inputs.isEmpty()) {
			return "the table";
		}
		return inputs.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

}
