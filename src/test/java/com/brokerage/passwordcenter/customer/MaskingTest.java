package com.brokerage.passwordcenter.customer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	@DisplayName("IDs, mobiles, emails and account numbers are shown partly masked")
	void masks() {
		assertThat(Masking.customerId("A123456789")).isEqualTo("A12****789");
		assertThat(Masking.customerId("12345670")).isEqualTo("12****70");
		assertThat(Masking.mobile("0912345678")).isEqualTo("0912***678");
		assertThat(Masking.email("chen@example.com")).isEqualTo("ch***@example.com");
		assertThat(Masking.accountNumber("1234567")).isEqualTo("***4567");
	}

}
