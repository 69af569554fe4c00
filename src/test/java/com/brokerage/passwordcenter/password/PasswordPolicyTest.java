package com.brokerage.passwordcenter.password;

import com.brokerage.passwordcenter.common.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@DisplayName("R-PWD-1: web login password is 7-10 half-width ASCII letters and digits; each rejection names its rule")
	@ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Abc1234     | OK
			abcdefg     | OK
			1234567     | OK
			Abcd123456  | OK
			Abc123      | PASSWORD_TOO_SHORT
			Abcd1234567 | PASSWORD_TOO_LONG
			'Abc 1234'  | PASSWORD_HAS_SPACE
			Abc/1234    | PASSWORD_HAS_SYMBOL
			Abc,1234    | PASSWORD_HAS_SYMBOL
			Abc;1234    | PASSWORD_HAS_SYMBOL
			Abc\\1234   | PASSWORD_HAS_SYMBOL
			Abc_1234    | PASSWORD_HAS_SYMBOL
			Ａbc1234    | PASSWORD_HAS_FULL_WIDTH
			Abc１234    | PASSWORD_HAS_FULL_WIDTH
			密碼abc1234  | PASSWORD_HAS_FULL_WIDTH
			Abc，1234   | PASSWORD_HAS_FULL_WIDTH
			''          | FIELD_REQUIRED
			""")
	void webPassword(String password, String expected) {
		assertThat(PasswordPolicy.checkWebPassword(password).map(ErrorCode::name).orElse("OK")).isEqualTo(expected);
	}

	@DisplayName("R-PWD-2: online withdrawal password is exactly 6 letters or digits")
	@ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			abc123  | OK
			123456  | OK
			ABCDEF  | OK
			abc12   | WITHDRAWAL_PASSWORD_LENGTH
			abc1234 | WITHDRAWAL_PASSWORD_LENGTH
			abc-12  | WITHDRAWAL_PASSWORD_INVALID_CHARACTER
			ａbc123  | WITHDRAWAL_PASSWORD_INVALID_CHARACTER
			""")
	void withdrawalPassword(String password, String expected) {
		assertThat(PasswordPolicy.checkWithdrawalPassword(password).map(ErrorCode::name).orElse("OK"))
			.isEqualTo(expected);
	}

	@DisplayName("R-PWD-4: confirmation must match and the new password must differ from the old one (case-sensitive)")
	@ParameterizedTest(name = "[{index}] new={0} confirm={1} old={2} → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			New12345 | New12345 | Old12345 | OK
			New12345 | new12345 | Old12345 | PASSWORD_CONFIRMATION_MISMATCH
			Old12345 | Old12345 | Old12345 | PASSWORD_SAME_AS_OLD
			OLD12345 | OLD12345 | Old12345 | OK
			""")
	void newPassword(String newPassword, String confirmation, String oldPassword, String expected) {
		assertThat(PasswordPolicy.checkNewPassword(newPassword, confirmation, oldPassword)
			.map(ErrorCode::name)
			.orElse("OK")).isEqualTo(expected);
	}

}
