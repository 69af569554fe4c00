package com.brokerage.passwordcenter.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes an analyst's deployment reach new applications: the Java side names
 * processes by key only, so the engine takes the latest version (DiagramVersioningTest
 * shows it running).
 */
class StartsByKeyTest {

	private static final List<String> VERSION_PINS = List.of("startProcessInstanceById", "createProcessInstanceById",
			".processDefinitionId(", "processDefinitionVersion", ".versionTag(");

	@Test
	@DisplayName("no class under src/main/java starts or looks up a process by definition id, version or tag")
	void noVersionPins() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			List<String> pinned = sources.filter((file) -> file.toString().endsWith(".java"))
				.flatMap(StartsByKeyTest::pins)
				.toList();
			assertThat(pinned).isEmpty();
		}
	}

	private static Stream<String> pins(Path source) {
		try {
			String code = Files.readString(source, StandardCharsets.UTF_8);
			return VERSION_PINS.stream().filter(code::contains).map((pin) -> source + ": " + pin);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
