package com.brokerage.passwordcenter.unlock;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The online unlock (R-UNLOCK): over HTTPS, with the device certificate of this customer.
 */
@RestController
class OnlineUnlockController {

	private final OnlineUnlockService unlock;

	OnlineUnlockController(OnlineUnlockService unlock) {
		this.unlock = unlock;
	}

	@Operation(summary = "Unlock now (R-UNLOCK-1..4): lifts a lock once; not for a forgotten password (R-UNLOCK-2)")
	@PostMapping("/api/v1/unlocks")
	Map<String, String> unlock(@Valid @RequestBody OnlineUnlockRequest body, HttpServletRequest request) {
		this.unlock.unlockNow(body.nationalId(), body.birthDate(), request);
		return Map.of("outcome", "UNLOCKED");
	}

}
