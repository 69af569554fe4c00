package com.brokerage.passwordcenter.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which password a change touched, so the notice names exactly those (R-PWD-1..3): the
 * web login password, the voice password, the futures withdrawal password. Kept in a
 * process variable as a comma-separated list ({@code LOGIN,VOICE}).
 */
public enum ChangedPassword {

	LOGIN, VOICE, WITHDRAWAL;

	public static String toVariable(Set<ChangedPassword> changed) {
		if (changed.isEmpty()) {
			throw new IllegalArgumentException("A change changes at least one password");
		}
		return EnumSet.copyOf(changed).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	public static Set<ChangedPassword> fromVariable(String value) {
		Set<ChangedPassword> changed = EnumSet.noneOf(ChangedPassword.class);
		Arrays.stream(value.split(",")).map(String::trim).map(ChangedPassword::valueOf).forEach(changed::add);
		if (changed.isEmpty()) {
			throw new IllegalArgumentException("A change changes at least one password");
		}
		return changed;
	}

}
