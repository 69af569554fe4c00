package com.brokerage.passwordcenter.portal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalMessagesTest {

	@Test
	@DisplayName("every page text exists in zh-TW and in English")
	void everyPageTextInBothLanguages() throws Exception {
		assertThat(pageKeys("messages_en.properties")).isEqualTo(pageKeys("messages.properties"));
	}

	private Set<String> pageKeys(String bundle) throws Exception {
		Properties messages = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("page."))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

}
