package com.brokerage.passwordcenter.change;

import java.util.Map;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** R-PWD-3: the conversion table 轉換規則對照表 the change and unification pages show. */
@RestController
class VoiceKeypadController {

	private final String voiceOrderingLine;

	VoiceKeypadController(PasswordCenterProperties properties) {
		this.voiceOrderingLine = properties.branding().voiceOrderingLine();
	}

	@Operation(summary = "How letters of a password are keyed on the voice ordering line (R-PWD-3)")
	@GetMapping("/api/v1/voice-keypad")
	VoiceKeypadView keypad() {
		return new VoiceKeypadView(VoiceKeypad.table(), true, true, this.voiceOrderingLine);
	}

	/**
	 * Key → letters; digits are keyed as they are; upper and lower case are keyed alike.
	 */
	record VoiceKeypadView(Map<Integer, String> keys, boolean digitsUnchanged, boolean caseInsensitive,
			String voiceOrderingLine) {
	}

}
