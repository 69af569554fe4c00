package com.brokerage.passwordcenter.login;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Challenge;
import org.altcha.altcha.Altcha.ChallengeOptions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * R-LOGIN-1 "I am not a robot": an ALTCHA proof of work. A challenge is signed with our
 * HMAC key and expires; a solution is accepted once (its signature is remembered in the
 * database until the challenge expires, so a replay is refused on every node).
 */
@Service
public class CaptchaService {

	private final PasswordCenterProperties.Captcha config;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	CaptchaService(PasswordCenterProperties properties, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.config = properties.captcha();
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public Challenge newChallenge() {
		try {
			ChallengeOptions options = new ChallengeOptions().setHmacKey(this.config.hmacKey())
				.setMaxNumber(this.config.maxNumber())
				.setExpiresInSeconds(this.config.expires().toSeconds());
			return Altcha.createChallenge(options);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not create a captcha challenge", ex);
		}
	}

	/** Refuses a missing, forged, expired or already used solution. */
	public void verifyAndConsume(String payload) {
		if (payload == null || payload.isBlank()) {
			throw new ApiException(ErrorCode.CAPTCHA_REQUIRED, "altcha");
		}
		if (!isValid(payload)) {
			throw new ApiException(ErrorCode.CAPTCHA_INVALID, "altcha");
		}
		consume(payload);
	}

	private boolean isValid(String payload) {
		try {
			return Altcha.verifySolution(payload, this.config.hmacKey(), true);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private void consume(String payload) {
		try {
			JsonNode solution = this.json
				.readTree(Base64.getDecoder().decode(payload.getBytes(StandardCharsets.US_ASCII)));
			String signature = solution.path("signature").asText();
			Instant expiresAt = expiryOf(solution.path("salt").asText());
			this.jdbc.update("insert into captcha_solution (signature, expires_at) values (?, ?)", signature,
					java.sql.Timestamp.from(expiresAt));
		}
		catch (DuplicateKeyException ex) {
			throw new ApiException(ErrorCode.CAPTCHA_INVALID, "altcha");
		}
		catch (java.io.IOException | IllegalArgumentException ex) {
			throw new ApiException(ErrorCode.CAPTCHA_INVALID, "altcha");
		}
	}

	private Instant expiryOf(String salt) {
		try {
			Map<String, String> params = Altcha.extractParams(salt);
			if (params.containsKey("expires")) {
				return Instant.ofEpochSecond(Long.parseLong(params.get("expires")));
			}
		}
		catch (Exception ex) {
			// fall through to the configured lifetime
		}
		return this.clock.instant().plus(this.config.expires());
	}

	@Scheduled(fixedDelayString = "PT5M")
	void forgetExpiredSolutions() {
		this.jdbc.update("delete from captcha_solution where expires_at < ?",
				java.sql.Timestamp.from(this.clock.instant()));
	}

}
