package com.brokerage.passwordcenter.common;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

	@DisplayName("every error code has a customer message in zh-TW (default) and English")
	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyCodeHasAMessage(String bundle) throws Exception {
		Properties messages = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(messages.getProperty(code.messageKey())).as(code + " in " + bundle).isNotBlank();
		}
	}

}
