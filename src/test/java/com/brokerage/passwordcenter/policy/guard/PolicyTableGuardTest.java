package com.brokerage.passwordcenter.policy.guard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.brokerage.passwordcenter.policy.PolicyProperties;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.support.PolicyEdits;
import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each guard rail refuses a bad edit of a shipped table with a message naming the file,
 * the table, the row and the problem; the shipped tables pass. Engine-free: the guard's
 * own DMN engine, the ceilings of application.yml.
 */
class PolicyTableGuardTest {

	static final PolicyProperties PROPERTIES = new PolicyProperties(Duration.ofSeconds(5),
			new PolicyProperties.Ceilings(10, 10, Duration.ofHours(72), Duration.ofHours(1), 10, Duration.ofMinutes(15),
					10, Duration.ofMinutes(10)));

	final PolicyTableGuard guard = new PolicyTableGuard(List.of(new LoginLockTableCheck(PROPERTIES),
			new ReissueLimitsTableCheck(PROPERTIES), new PasscodeTableCheck(PROPERTIES),
			new PasscodeChannelsTableCheck(), new PasswordExpiryTableCheck()));

	@ParameterizedTest
	@EnumSource(PolicyTable.class)
	@DisplayName("the shipped tables pass every guard rail")
	void shippedTablesPass(PolicyTable table) {
		assertThatCode(() -> check(table, PolicyEdits.shipped(table))).doesNotThrowAnyException();
	}

	@Test
	@DisplayName("R-LOGIN-2: a lock threshold of 0 is refused, naming the row")
	void lockAtZero() {
		String text = PolicyEdits.edited(PolicyTable.LOGIN_LOCK, "<text>&lt; 3</text>", "<text>&lt; 0</text>")
			.replace(
					"<text>[3..6)</text>\n        </inputEntry>\n        <inputEntry id=\"InputEntry_FirstLock_unlock\">",
					"<text>[0..6)</text>\n        </inputEntry>\n        <inputEntry id=\"InputEntry_FirstLock_unlock\">");
		refused(PolicyTable.LOGIN_LOCK, text, "login-lock-policy.dmn: table '登入鎖定政策' (loginLockPolicy) refused",
				"row 2 (Rule_FirstLock): locks at 0 failures; a lock threshold is at least 1 (R-LOGIN-2)");
	}

	@Test
	@DisplayName("R-LOGIN-2: a gap (no row for three failures before the unlock) is refused")
	void loginGap() {
		refused(PolicyTable.LOGIN_LOCK, PolicyEdits.edited(PolicyTable.LOGIN_LOCK,
				"<text>[3..6)</text>\n        </inputEntry>\n        <inputEntry id=\"InputEntry_FirstLock_unlock\">",
				"<text>[4..6)</text>\n        </inputEntry>\n        <inputEntry id=\"InputEntry_FirstLock_unlock\">"),
				"no row applies to failedLogins=3, unlockUsed=false (a gap)");
	}

	@Test
	@DisplayName("R-LOGIN-2: an overlap (two rows for three failures) is refused, naming both rows")
	void loginOverlap() {
		refused(PolicyTable.LOGIN_LOCK,
				PolicyEdits.edited(PolicyTable.LOGIN_LOCK, "<text>&lt; 3</text>", "<text>&lt; 4</text>"),
				"row 1 (Rule_BelowFirstLock) and row 2 (Rule_FirstLock) both apply to failedLogins=3, unlockUsed=false (an overlap)");
	}

	@Test
	@DisplayName("R-LOGIN-2: a first lock later than the ceiling (password-center.policy.ceilings.login-failures) is refused")
	void loginAboveCeiling() {
		String text = PolicyEdits.shipped(PolicyTable.LOGIN_LOCK)
			.replace("<text>&lt; 3</text>", "<text>&lt; 11</text>")
			.replace("<text>[3..6)</text>", "<text>[11..12)</text>")
			.replace("<text>&gt;= 6</text>", "<text>&gt;= 12</text>");
		refused(PolicyTable.LOGIN_LOCK, text,
				"no row locks (R-LOGIN-2) at or below 10 failures with unlockUsed=false, the ceiling password-center.policy.ceilings.login-failures");
	}

	@Test
	@DisplayName("R-LOGIN-3: a second unlock after the one unlock is refused")
	void secondUnlock() {
		String text = PolicyEdits.edited(PolicyTable.LOGIN_LOCK,
				"<outputEntry id=\"OutputEntry_AfterUnlock\">\n          <text>\"NONE\"</text>",
				"<outputEntry id=\"OutputEntry_AfterUnlock\">\n          <text>\"UNLOCK_AVAILABLE\"</text>");
		refused(PolicyTable.LOGIN_LOCK, text,
				"row 3 (Rule_AfterUnlock): offers another unlock at 3 failures after the one unlock was used; a lock is lifted once (R-LOGIN-3)");
	}

	@Test
	@DisplayName("R-LOGIN-4: more failures that lift a lock again are refused")
	void lockLifted() {
		String text = PolicyEdits.edited(PolicyTable.LOGIN_LOCK, "<text>&gt;= 6</text>", "<text>[6..7]</text>")
			.replace("<text>&lt; 3</text>", "<text>&lt; 3, &gt; 7</text>");
		refused(PolicyTable.LOGIN_LOCK, text,
				"row 1 (Rule_BelowFirstLock): at 8 failures (unlockUsed=false) answers NONE after REISSUE_ONLY at 7; more failures never lift or soften a lock (R-LOGIN-2, R-LOGIN-4)");
	}

	@Test
	@DisplayName("R-REISSUE-2: a daily limit above the ceiling (password-center.policy.ceilings.daily-limit) is refused")
	void dailyLimitAboveCeiling() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>11</text>"),
				"reissue-limits.dmn: table '線上補發限制' (reissueLimits) refused",
				"row 1 (Rule_Online): dailyLimit 11 is above the ceiling 10 (password-center.policy.ceilings.daily-limit)");
	}

	@Test
	@DisplayName("R-REISSUE-2: a daily limit of 0 is refused")
	void dailyLimitZero() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text>0</text>"),
				"row 1 (Rule_Online): dailyLimit 0 is below 1");
	}

	@Test
	@DisplayName("R-REISSUE-6: a link validity of 0 is refused")
	void linkValidityZero() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>\"PT24H\"</text>", "<text>\"PT0S\"</text>"),
				"row 1 (Rule_Online): linkValidity PT0S is not positive");
	}

	@Test
	@DisplayName("a step timeout that is no ISO-8601 duration is refused")
	void stepTimeoutNotADuration() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>\"PT15M\"</text>", "<text>\"15 分鐘\"</text>"),
				"row 1 (Rule_Online): stepTimeout '15 分鐘' is not an ISO-8601 duration such as \"PT5M\" or \"PT24H\"");
	}

	@Test
	@DisplayName("a missing output (an empty cell) is refused")
	void emptyOutput() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "<text>5</text>", "<text></text>"),
				"row 1 (Rule_Online): output 'dailyLimit' is empty (write null for none)");
	}

	@Test
	@DisplayName("a missing output column (renamed) is refused")
	void missingOutputColumn() {
		refused(PolicyTable.REISSUE_LIMITS,
				PolicyEdits.edited(PolicyTable.REISSUE_LIMITS, "name=\"dailyLimit\"", "name=\"limitPerDay\""),
				"has no output named 'dailyLimit' (the code reads it)");
	}

	@Test
	@DisplayName("R-REISSUE-4: a passcode shorter than 6 digits is refused")
	void passcodeTooShort() {
		refused(PolicyTable.PASSCODE, PolicyEdits.edited(PolicyTable.PASSCODE, "<text>7</text>", "<text>4</text>"),
				"passcode-policy.dmn: table '暫時通行碼規則' (passcodePolicy) refused",
				"row 1 (Rule_Passcode): length 4 is below 6");
	}

	@Test
	@DisplayName("R-REISSUE-7: a passcode validity of 0 is refused")
	void passcodeValidityZero() {
		refused(PolicyTable.PASSCODE,
				PolicyEdits.edited(PolicyTable.PASSCODE, "<text>\"PT5M\"</text>", "<text>\"PT0S\"</text>"),
				"row 1 (Rule_Passcode): validity PT0S is not positive");
	}

	@Test
	@DisplayName("R-REISSUE-7: a resend cooldown above the ceiling (password-center.policy.ceilings.passcode-resend-cooldown) is refused")
	void cooldownAboveCeiling() {
		refused(PolicyTable.PASSCODE,
				PolicyEdits.edited(PolicyTable.PASSCODE, "<text>\"PT120S\"</text>", "<text>\"PT11M\"</text>"),
				"row 1 (Rule_Passcode): resendCooldown PT11M is above the ceiling PT10M (password-center.policy.ceilings.passcode-resend-cooldown)");
	}

	@Test
	@DisplayName("R-REISSUE-8: wrong attempts above the ceiling (password-center.policy.ceilings.passcode-wrong-attempts) are refused")
	void attemptsAboveCeiling() {
		refused(PolicyTable.PASSCODE, PolicyEdits.edited(PolicyTable.PASSCODE, "<text>5</text>", "<text>20</text>"),
				"row 1 (Rule_Passcode): maxWrongAttempts 20 is above the ceiling 10 (password-center.policy.ceilings.passcode-wrong-attempts)");
	}

	@Test
	@DisplayName("R-REISSUE-4: a channel offered although it is not on file is refused")
	void channelNotOnFile() {
		String text = PolicyEdits.edited(PolicyTable.PASSCODE_CHANNELS,
				"<inputEntry id=\"InputEntry_CertificateSms_mobile\">\n          <text>true</text>",
				"<inputEntry id=\"InputEntry_CertificateSms_mobile\">\n          <text></text>");
		refused(PolicyTable.PASSCODE_CHANNELS, text,
				"passcode-channels.dmn: table '通行碼傳送管道' (passcodeChannels) refused",
				"row 1 (Rule_CertificateSms): offers SMS for businessLine=SECURITIES, certificatePath=true, emailOnFile=true, mobileOnFile=false, which is not on file (R-REISSUE-4)");
	}

	@Test
	@DisplayName("R-REISSUE-5: without a certificate, a passcode by email is refused")
	void emailWithoutCertificate() {
		String text = PolicyEdits.edited(PolicyTable.PASSCODE_CHANNELS,
				"<outputEntry id=\"OutputEntry_NoCertificateSms\">\n          <text>\"SMS\"</text>",
				"<outputEntry id=\"OutputEntry_NoCertificateSms\">\n          <text>\"EMAIL\"</text>");
		refused(PolicyTable.PASSCODE_CHANNELS, text,
				"row 3 (Rule_NoCertificateSms): without a certificate the link goes by email and the passcode by SMS, so both must be on file and SMS is the only channel (R-REISSUE-5, R-REISSUE-7)");
	}

	@Test
	@DisplayName("the passcode channels table must collect: another hit policy is refused")
	void channelsHitPolicy() {
		refused(PolicyTable.PASSCODE_CHANNELS,
				PolicyEdits.edited(PolicyTable.PASSCODE_CHANNELS, "hitPolicy=\"COLLECT\"", "hitPolicy=\"FIRST\""),
				"hit policy is FIRST; this table needs COLLECT");
	}

	@Test
	@DisplayName("R-CHANGE-2: a maximum age of 0 days is refused")
	void expiryZero() {
		String text = PolicyEdits.edited(PolicyTable.PASSWORD_EXPIRY,
				"<outputEntry id=\"OutputEntry_Futures_maxAge\">\n          <text>null</text>",
				"<outputEntry id=\"OutputEntry_Futures_maxAge\">\n          <text>\"P0D\"</text>");
		refused(PolicyTable.PASSWORD_EXPIRY, text, "password-expiry.dmn: table '密碼效期' (passwordExpiry) refused",
				"row 2 (Rule_Futures): maxAge P0D is not positive");
	}

	@Test
	@DisplayName("R-CHANGE-2: a business line without a row (a gap) is refused")
	void expiryGap() {
		refused(PolicyTable.PASSWORD_EXPIRY, PolicyEdits.edited(PolicyTable.PASSWORD_EXPIRY,
				"<text>\"STOCK_AFFAIRS\"</text>", "<text>\"STOCK\"</text>"),
				"no row applies to businessLine=STOCK_AFFAIRS (a gap)");
	}

	private void refused(PolicyTable table, String text, String... parts) {
		assertThatThrownBy(() -> check(table, text)).isInstanceOf(NotValidException.class)
			.hasMessageContainingAll(parts);
	}

	private void check(PolicyTable table, String text) {
		this.guard.refuseIfBroken(table.file().substring("dmn/".length()), text.getBytes(StandardCharsets.UTF_8));
	}

}
