package com.brokerage.passwordcenter.login;

import io.swagger.v3.oas.annotations.Operation;
import org.altcha.altcha.Altcha.Challenge;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves ALTCHA challenges in the format the ALTCHA widget reads ({@code challengeurl}).
 */
@RestController
class CaptchaController {

	private final CaptchaService captcha;

	CaptchaController(CaptchaService captcha) {
		this.captcha = captcha;
	}

	@Operation(summary = "A new ALTCHA proof-of-work challenge (R-LOGIN-1)")
	@GetMapping("/api/v1/captcha")
	ResponseEntity<Challenge> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.captcha.newChallenge());
	}

}
