package com.brokerage.passwordcenter.common;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything configurable of ours, under {@code password-center.*}. Defaults run the
 * demo.
 */
@Validated
@ConfigurationProperties("password-center")
public record PasswordCenterProperties(@NotNull @DefaultValue("Asia/Taipei") ZoneId zone, @Valid @DefaultValue Api api,
		@Valid @DefaultValue Login login, @Valid @DefaultValue Hashing hashing, @Valid @DefaultValue Captcha captcha,
		@Valid @DefaultValue Operator operator, @Valid @DefaultValue Branding branding,
		@Valid @DefaultValue Secrets secrets) {

	public record Api(@Min(1024) @DefaultValue("16384") int maxBodyBytes) {
	}

	/**
	 * No longer read: the login lock table {@code dmn/login-lock-policy.dmn} decides
	 * R-LOGIN-2..4 (issue 19); a value set here is named in a warning at start-up
	 * ({@code policy.IgnoredPolicySettings}). Kept so existing configurations still bind.
	 */
	@Deprecated(since = "issue 19")
	public record Login(@Min(1) @DefaultValue("3") int failuresBeforeFirstLock,
			@Min(2) @DefaultValue("6") int failuresBeforeFinalLock) {
	}

	public record Hashing(@Min(4) @Max(16) @DefaultValue("10") int bcryptStrength) {
	}

	/** ALTCHA proof of work. The HMAC key has no default outside the demo profile. */
	public record Captcha(@NotBlank(
			message = "password-center.captcha.hmac-key must be set (env PASSWORD_CENTER_CAPTCHA_HMAC_KEY)") String hmacKey,
			@Min(1000) @DefaultValue("100000") long maxNumber, @NotNull @DefaultValue("PT10M") Duration expires) {
	}

	/** The Camunda operator account (Cockpit, Admin, engine REST). */
	public record Operator(@NotBlank @DefaultValue("operator") String username, @NotBlank(
			message = "password-center.operator.password must be set (env PASSWORD_CENTER_OPERATOR_PASSWORD)") String password) {
	}

	/**
	 * The key of the keyed hashes (HMAC-SHA256) of short-lived codes: passcodes, link
	 * tokens, daily-limit keys. No default outside the demo profile.
	 */
	public record Secrets(@NotBlank(
			message = "password-center.secrets.hmac-key must be set (env PASSWORD_CENTER_SECRETS_HMAC_KEY)") String hmacKey) {
	}

	/**
	 * Contact texts of the manual; configurable so another brand can use the system. The
	 * {@code -en} variants are what the portal's English pages show.
	 */
	public record Branding(@DefaultValue("凱基證券") String companyName,
			@DefaultValue("0800-085-005") String customerServicePhone,
			@DefaultValue("(02)2389-0088") String customerServicePhoneAlt,
			@DefaultValue("週一至週五 08:00-18:00") String customerServiceHours,
			@DefaultValue("4050-0588") String voiceOrderingLine, @DefaultValue("KGI Securities") String companyNameEn,
			@DefaultValue("Mon–Fri 08:00–18:00") String customerServiceHoursEn) {

		/** The company name in this language: English, else zh-TW. */
		public String companyName(Locale locale) {
			return CustomerLanguage.isEnglish(locale) ? this.companyNameEn : this.companyName;
		}

		/** The opening hours in this language: English, else zh-TW. */
		public String customerServiceHours(Locale locale) {
			return CustomerLanguage.isEnglish(locale) ? this.customerServiceHoursEn : this.customerServiceHours;
		}

	}

}
