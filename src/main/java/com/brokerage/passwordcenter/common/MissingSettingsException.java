package com.brokerage.passwordcenter.common;

import java.util.List;
import java.util.stream.Collectors;

/** The settings a start outside the demo profile lacks; see {@link RequiredSettings}. */
class MissingSettingsException extends IllegalStateException {

	private final List<String> activeProfiles;

	private final List<RequiredSettings.Setting> missing;

	MissingSettingsException(List<String> activeProfiles, List<RequiredSettings.Setting> missing) {
		super("Password Center refuses to start: missing settings "
				+ missing.stream().map(RequiredSettings.Setting::property).collect(Collectors.joining(", ")));
		this.activeProfiles = activeProfiles;
		this.missing = missing;
	}

	List<String> activeProfiles() {
		return this.activeProfiles;
	}

	List<RequiredSettings.Setting> missing() {
		return this.missing;
	}

}
