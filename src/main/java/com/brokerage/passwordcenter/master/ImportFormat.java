package com.brokerage.passwordcenter.master;

import java.util.Locale;

/** The two file formats of the customer master. */
public enum ImportFormat {

	CSV, JSONL;

	/** {@code --format=csv|jsonl}, else by the file's extension (.jsonl, .ndjson). */
	static ImportFormat of(String option, String fileName) {
		if (option != null) {
			return switch (option.toLowerCase(Locale.ROOT)) {
				case "csv" -> CSV;
				case "jsonl" -> JSONL;
				default -> throw new IllegalArgumentException("--format: csv or jsonl");
			};
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		return (name.endsWith(".jsonl") || name.endsWith(".ndjson")) ? JSONL : CSV;
	}

}
