package com.brokerage.passwordcenter.common;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import com.brokerage.passwordcenter.reissue.ReissueStatus;
import com.brokerage.passwordcenter.unify.UnificationStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API's error bodies tell a customer, from the bundles as
 * {@code application.yml} sets them up: the end of an application in words, and contact
 * texts in the answer's language.
 */
class CustomerTextsTest {

	private final ApiErrors errors = new ApiErrors(messages(), new ObjectMapper(), properties());

	@ParameterizedTest
	@EnumSource(value = ReissueStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
	@DisplayName("R-REISSUE-8: an ended reissue is told in words per end state, never by its status name")
	void endedReissueInWords(ReissueStatus status) {
		for (Locale locale : new Locale[] { Locale.TAIWAN, Locale.ENGLISH }) {
			String message = this.errors
				.of(ErrorCode.REISSUE_ENDED, null, locale,
						new DefaultMessageSourceResolvable("page.reissue.status." + status.name()))
				.message();
			assertThat(message).doesNotContain(status.name()).doesNotContain("page.reissue");
		}
	}

	@Test
	@DisplayName("R-REISSUE-8: an expired passcode reads 暫時通行碼已逾時, not PASSCODE_EXPIRED")
	void expiredPasscode() {
		assertThat(this.errors
			.of(ErrorCode.REISSUE_ENDED, null, Locale.TAIWAN,
					new DefaultMessageSourceResolvable("page.reissue.status." + ReissueStatus.PASSCODE_EXPIRED))
			.message()).isEqualTo("暫時通行碼已逾時，本次申請已結束。如需補發密碼，請重新申請。");
		assertThat(this.errors
			.of(ErrorCode.REISSUE_ENDED, null, Locale.ENGLISH,
					new DefaultMessageSourceResolvable("page.reissue.status." + ReissueStatus.PASSCODE_EXPIRED))
			.message())
			.isEqualTo("The temporary passcode expired; the application has ended. To reissue your password, please "
					+ "apply again.");
	}

	@ParameterizedTest
	@EnumSource(value = UnificationStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
	@DisplayName("R-UNIFY-1: an ended unification is told in words per end state")
	void endedUnificationInWords(UnificationStatus status) {
		for (Locale locale : new Locale[] { Locale.TAIWAN, Locale.ENGLISH }) {
			String message = this.errors
				.of(ErrorCode.UNIFICATION_ENDED, null, locale,
						new DefaultMessageSourceResolvable("unification.status." + status.name()))
				.message();
			assertThat(message).doesNotContain(status.name()).doesNotContain("unification.status");
		}
	}

	@Test
	@DisplayName("R-LOGIN-3: English answers give the English opening hours, zh-TW ones the zh-TW hours")
	void openingHoursPerLanguage() {
		String english = this.errors.of(ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE, null, Locale.ENGLISH).message();
		assertThat(english).contains("0800-085-005 (Mon–Fri 08:00–18:00)").doesNotContain("週一");
		String chinese = this.errors.of(ErrorCode.LOGIN_LOCKED_UNLOCK_AVAILABLE, null, Locale.TAIWAN).message();
		assertThat(chinese).contains("0800-085-005（週一至週五 08:00-18:00）");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "notifications");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static PasswordCenterProperties properties() {
		return new PasswordCenterProperties(ZoneId.of("Asia/Taipei"), new PasswordCenterProperties.Api(16384),
				new PasswordCenterProperties.Login(3, 6), new PasswordCenterProperties.Hashing(4),
				new PasswordCenterProperties.Captcha("test", 1000, Duration.ofMinutes(10)),
				new PasswordCenterProperties.Operator("operator", "test"),
				new PasswordCenterProperties.Branding("凱基證券", "0800-085-005", "(02)2389-0088", "週一至週五 08:00-18:00",
						"4050-0588", "KGI Securities", "Mon–Fri 08:00–18:00"),
				new PasswordCenterProperties.Secrets("test"));
	}

}
