package com.brokerage.passwordcenter.customer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaiwanIdsTest {

	@DisplayName("national ID: letter, 1/2 (or 8/9), eight digits, checksum")
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "A123456789,true", "B120000008,true", "E220000003,true", "A123456788,false", "a123456789,false",
			"A323456789,false", "A12345678,false", "1234567890,false", "AB23456789,false" })
	void nationalId(String id, boolean valid) {
		assertThat(TaiwanIds.isValidNationalId(id)).isEqualTo(valid);
	}

	@DisplayName("unified business number: eight digits with the weighted checksum (7 in the seventh place has two readings)")
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "04595257,true", "22099131,true", "12345670,true", "12345678,false", "1234567,false",
			"1234567a,false" })
	void businessNumber(String id, boolean valid) {
		assertThat(TaiwanIds.isValidBusinessNumber(id)).isEqualTo(valid);
	}

	@DisplayName("what the customer types is trimmed and upper-cased before it is checked")
	@ParameterizedTest
	@CsvSource({ "' a123456789 ',A123456789" })
	void normalize(String typed, String normalized) {
		assertThat(TaiwanIds.normalize(typed)).isEqualTo(normalized);
		assertThat(TaiwanIds.isValidCustomerId(TaiwanIds.normalize(typed))).isTrue();
	}

}
