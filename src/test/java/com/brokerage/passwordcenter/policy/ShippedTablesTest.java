package com.brokerage.passwordcenter.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of every shipped table of {@code dmn/}, through Camunda's DMN engine: the
 * inputs that reach the row, the row that matched (by id) and what it answers — today's
 * rules of the manual.
 */
class ShippedTablesTest {

	static DmnEngine engine;

	static final List<String> matched = new ArrayList<>();

	@BeforeAll
	static void engine() {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		DmnDecisionTableEvaluationListener listener = (DmnDecisionTableEvaluationEvent event) -> event
			.getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.forEach(matched::add);
		configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
		engine = configuration.buildEngine();
	}

	@Test
	@DisplayName("R-LOGIN-2: fewer than three cumulative failures do not lock (row Rule_BelowFirstLock)")
	void belowFirstLock() {
		for (int failures = 0; failures <= 2; failures++) {
			assertThat(lock(failures, false)).isEqualTo("NONE");
			assertThat(matched).containsExactly("Rule_BelowFirstLock");
			assertThat(lock(failures, true)).isEqualTo("NONE");
		}
	}

	@Test
	@DisplayName("R-LOGIN-2: three cumulative failures lock, one unlock available (row Rule_FirstLock)")
	void firstLock() {
		for (int failures = 3; failures <= 5; failures++) {
			assertThat(lock(failures, false)).isEqualTo("UNLOCK_AVAILABLE");
			assertThat(matched).containsExactly("Rule_FirstLock");
		}
	}

	@Test
	@DisplayName("R-LOGIN-3: after the one unlock, fewer than six cumulative failures do not lock (row Rule_AfterUnlock)")
	void afterUnlock() {
		for (int failures = 3; failures <= 5; failures++) {
			assertThat(lock(failures, true)).isEqualTo("NONE");
			assertThat(matched).containsExactly("Rule_AfterUnlock");
		}
	}

	@Test
	@DisplayName("R-LOGIN-4: six cumulative failures lock for a reissue only (row Rule_FinalLock)")
	void finalLock() {
		for (int failures : new int[] { 6, 7, 100 }) {
			assertThat(lock(failures, true)).isEqualTo("REISSUE_ONLY");
			assertThat(matched).containsExactly("Rule_FinalLock");
			assertThat(lock(failures, false)).isEqualTo("REISSUE_ONLY");
		}
	}

	@Test
	@DisplayName("R-REISSUE-2: five applications a day; R-REISSUE-6: the link works 24 hours; steps time out after 15 minutes (row Rule_Online)")
	void reissueLimits() {
		Map<String, Object> row = single("reissue-limits.dmn", "reissueLimits", Map.of());
		assertThat(matched).containsExactly("Rule_Online");
		assertThat(row).containsEntry("dailyLimit", 5)
			.containsEntry("linkValidity", "PT24H")
			.containsEntry("stepTimeout", "PT15M");
	}

	@Test
	@DisplayName("R-REISSUE-7: a passcode of 7 digits valid 5 minutes, resent after 120 s; R-REISSUE-8: 5 wrong entries void it (row Rule_Passcode)")
	void passcodePolicy() {
		Map<String, Object> row = single("passcode-policy.dmn", "passcodePolicy", Map.of());
		assertThat(matched).containsExactly("Rule_Passcode");
		assertThat(row).containsEntry("length", 7)
			.containsEntry("validity", "PT5M")
			.containsEntry("maxWrongAttempts", 5)
			.containsEntry("resendCooldown", "PT120S");
	}

	@Test
	@DisplayName("R-REISSUE-4: with a certificate, the mobile on file offers SMS (row Rule_CertificateSms)")
	void certificateSms() {
		for (String line : LINES) {
			assertThat(channels(true, true, false, line)).containsExactly("SMS");
			assertThat(matched).containsExactly("Rule_CertificateSms");
		}
	}

	@Test
	@DisplayName("R-REISSUE-4: with a certificate, the email on file offers EMAIL (row Rule_CertificateEmail)")
	void certificateEmail() {
		for (String line : LINES) {
			assertThat(channels(true, false, true, line)).containsExactly("EMAIL");
			assertThat(matched).containsExactly("Rule_CertificateEmail");
			assertThat(channels(true, true, true, line)).containsExactly("SMS", "EMAIL");
			assertThat(channels(true, false, false, line)).isEmpty();
		}
	}

	@Test
	@DisplayName("R-REISSUE-5: without a certificate, both contacts on file and one of four business lines: SMS (row Rule_NoCertificateSms)")
	void noCertificateSms() {
		for (String line : List.of("SECURITIES", "FUTURES", "SUB_BROKERAGE", "WEALTH_MANAGEMENT")) {
			assertThat(channels(false, true, true, line)).containsExactly("SMS");
			assertThat(matched).containsExactly("Rule_NoCertificateSms");
			assertThat(channels(false, true, false, line)).isEmpty();
			assertThat(channels(false, false, true, line)).isEmpty();
		}
		assertThat(channels(false, true, true, "STOCK_AFFAIRS")).isEmpty();
	}

	@Test
	@DisplayName("R-CHANGE-2: no business line's password expires (one row per line)")
	void passwordExpiry() {
		for (String line : LINES) {
			Map<String, Object> row = single("password-expiry.dmn", "passwordExpiry", Map.of("businessLine", line));
			assertThat(row).containsEntry("maxAge", null);
			String camel = line.charAt(0) + line.substring(1).toLowerCase();
			assertThat(matched).singleElement().asString().startsWith("Rule_" + camel.split("_")[0]);
		}
	}

	static final List<String> LINES = List.of("SECURITIES", "FUTURES", "SUB_BROKERAGE", "WEALTH_MANAGEMENT",
			"STOCK_AFFAIRS");

	private static String lock(int failures, boolean unlockUsed) {
		return (String) single("login-lock-policy.dmn", "loginLockPolicy",
				Map.of("failedLogins", failures, "unlockUsed", unlockUsed))
			.get("lockKind");
	}

	private static List<Object> channels(boolean certificate, boolean mobile, boolean email, String line) {
		return evaluate("passcode-channels.dmn", "passcodeChannels", Map.of("certificatePath", certificate,
				"mobileOnFile", mobile, "emailOnFile", email, "businessLine", line))
			.collectEntries("channel");
	}

	private static Map<String, Object> single(String file, String key, Map<String, Object> variables) {
		return evaluate(file, key, variables).getSingleResult().getEntryMap();
	}

	private static DmnDecisionResult evaluate(String file, String key, Map<String, Object> variables) {
		matched.clear();
		try (InputStream in = ShippedTablesTest.class.getResourceAsStream("/dmn/" + file)) {
			DmnDecision decision = engine.parseDecision(key, in);
			return engine.evaluateDecision(decision, variables);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
