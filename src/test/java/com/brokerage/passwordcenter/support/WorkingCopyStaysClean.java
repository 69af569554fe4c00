package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (junit-platform.properties): fails the class after
 * which something under the working copy's {@code ./data} (the demo's H2 database and dev
 * PKI, which the next {@code mvn spring-boot:run} reuses) was written during this test
 * run. Tests keep their files under {@code target/}.
 */
public final class WorkingCopyStaysClean implements AfterAllCallback {

	/** When this test JVM started: files of an earlier demo run are older. */
	private static final FileTime JVM_STARTED = FileTime.from(Instant.now().minusSeconds(1));

	private final Path demoData;

	private final FileTime started;

	public WorkingCopyStaysClean() {
		this(Path.of("data"), JVM_STARTED);
	}

	WorkingCopyStaysClean(Path demoData, FileTime started) {
		this.demoData = demoData;
		this.started = started;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		List<Path> written = writtenSinceStart();
		if (!written.isEmpty()) {
			throw new AssertionError(context.getDisplayName() + " (or a test before it) wrote into the working copy's "
					+ this.demoData.toAbsolutePath().normalize() + ": " + written
					+ " — point the test at a directory under target/ (e.g. password-center.certificate.dev-pki.directory)");
		}
	}

	List<Path> writtenSinceStart() {
		if (!Files.isDirectory(this.demoData)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(this.demoData)) {
			return files.filter(Files::isRegularFile).filter(this::newerThanStart).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean newerThanStart(Path file) {
		try {
			return Files.getLastModifiedTime(file).compareTo(this.started) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
