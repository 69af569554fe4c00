package com.brokerage.passwordcenter.policy;

/**
 * The policy tables of {@code dmn/}: decision id (what the code evaluates) and the file
 * that ships it.
 */
public enum PolicyTable {

	LOGIN_LOCK("loginLockPolicy", "dmn/login-lock-policy.dmn"),

	REISSUE_LIMITS("reissueLimits", "dmn/reissue-limits.dmn"),

	PASSCODE("passcodePolicy", "dmn/passcode-policy.dmn"),

	PASSCODE_CHANNELS("passcodeChannels", "dmn/passcode-channels.dmn"),

	PASSWORD_EXPIRY("passwordExpiry", "dmn/password-expiry.dmn");

	private final String key;

	private final String file;

	PolicyTable(String key, String file) {
		this.key = key;
		this.file = file;
	}

	/** The decision id: its key in the engine. */
	public String key() {
		return this.key;
	}

	public String file() {
		return this.file;
	}

	static PolicyTable byKey(String key) {
		for (PolicyTable table : values()) {
			if (table.key.equals(key)) {
				return table;
			}
		}
		return null;
	}

}
