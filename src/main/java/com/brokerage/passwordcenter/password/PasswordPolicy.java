package com.brokerage.passwordcenter.password;

import java.util.Objects;
import java.util.Optional;

import com.brokerage.passwordcenter.common.ErrorCode;

/**
 * The password rules of the manual, each rejection naming the rule broken.
 * <ul>
 * <li>R-PWD-1 web login password: 7–10 half-width ASCII letters and digits,
 * case-sensitive;</li>
 * <li>R-PWD-2 online withdrawal password: exactly 6 letters or digits;</li>
 * <li>R-PWD-4 new and confirmation match; the new one differs from the old one.</li>
 * </ul>
 */
public final class PasswordPolicy {

	public static final int WEB_MIN = 7;

	public static final int WEB_MAX = 10;

	public static final int WITHDRAWAL_LENGTH = 6;

	private PasswordPolicy() {
	}

	/** R-PWD-1: the first broken rule of a web login password, if any. */
	public static Optional<ErrorCode> checkWebPassword(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of(ErrorCode.FIELD_REQUIRED);
		}
		Optional<ErrorCode> characters = checkCharacters(password);
		if (characters.isPresent()) {
			return characters;
		}
		if (password.length() < WEB_MIN) {
			return Optional.of(ErrorCode.PASSWORD_TOO_SHORT);
		}
		if (password.length() > WEB_MAX) {
			return Optional.of(ErrorCode.PASSWORD_TOO_LONG);
		}
		return Optional.empty();
	}

	/** R-PWD-2: exactly six half-width letters or digits. */
	public static Optional<ErrorCode> checkWithdrawalPassword(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of(ErrorCode.FIELD_REQUIRED);
		}
		if (checkCharacters(password).isPresent()) {
			return Optional.of(ErrorCode.WITHDRAWAL_PASSWORD_INVALID_CHARACTER);
		}
		if (password.length() != WITHDRAWAL_LENGTH) {
			return Optional.of(ErrorCode.WITHDRAWAL_PASSWORD_LENGTH);
		}
		return Optional.empty();
	}

	/** R-PWD-4: the confirmation matches and the new password is not the old one. */
	public static Optional<ErrorCode> checkNewPassword(String newPassword, String confirmation, String oldPassword) {
		if (!Objects.equals(newPassword, confirmation)) {
			return Optional.of(ErrorCode.PASSWORD_CONFIRMATION_MISMATCH);
		}
		if (oldPassword != null && oldPassword.equals(newPassword)) {
			return Optional.of(ErrorCode.PASSWORD_SAME_AS_OLD);
		}
		return Optional.empty();
	}

	private static Optional<ErrorCode> checkCharacters(String password) {
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				return Optional.of(ErrorCode.PASSWORD_HAS_SPACE);
			}
			if (isFullWidth(c)) {
				return Optional.of(ErrorCode.PASSWORD_HAS_FULL_WIDTH);
			}
			if (!isAsciiLetterOrDigit(c)) {
				return Optional.of(ErrorCode.PASSWORD_HAS_SYMBOL);
			}
		}
		return Optional.empty();
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/**
	 * Full-width forms (ＡＢＣ１２３，；) and every other non-ASCII character a customer might
	 * type (e.g. 中文).
	 */
	private static boolean isFullWidth(char c) {
		return c > 0x7E;
	}

}
