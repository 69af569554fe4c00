package com.brokerage.passwordcenter.common;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MissingSettingsException} into Spring Boot's "APPLICATION FAILED TO START"
 * report: what is missing and how to set it, or how to run the demo instead.
 */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
		String profiles = cause.activeProfiles().isEmpty() ? "no profile"
				: "profile(s) " + String.join(", ", cause.activeProfiles());
		String list = cause.missing()
			.stream()
			.map((setting) -> "    " + setting.property() + " (env " + setting.environmentVariable() + ")")
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis("Password Center started with " + profiles + " and without these settings:\n" + list,
				"Set each of them (docs/operations.md lists what they are), or run the demo with its explicit "
						+ "profile: --spring.profiles.active=demo (mvn spring-boot:run does).",
				cause);
	}

}
