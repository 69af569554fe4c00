package com.brokerage.passwordcenter.password;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceKeypadTest {

	@Test
	@DisplayName("R-PWD-3: letters become their ITU E.161 keypad digit, case-insensitively; digits stay")
	void convertsLettersToKeypadDigits() {
		assertThat(VoiceKeypad.toDigits("Demo1234")).isEqualTo("33661234");
		assertThat(VoiceKeypad.toDigits("abcXYZ09")).isEqualTo("22299909");
		assertThat(VoiceKeypad.toDigits("PQRSwxyz")).isEqualTo("77779999");
	}

	@Test
	@DisplayName("R-PWD-3: the table shown to the customer runs from 2=ABC to 9=WXYZ")
	void tableIsTheStandardKeypad() {
		assertThat(VoiceKeypad.table()).hasSize(8)
			.containsEntry(2, "ABC")
			.containsEntry(7, "PQRS")
			.containsEntry(9, "WXYZ");
	}

}
