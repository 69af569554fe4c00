package com.brokerage.passwordcenter.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCopyStaysCleanTest {

	@TempDir
	Path workingCopy;

	@Test
	@DisplayName("a file written under data/ during the test run fails the class; the demo's older files do not")
	void newFilesUnderDataFail() throws Exception {
		Path data = this.workingCopy.resolve("data");
		Path old = Files.createDirectories(data.resolve("pki")).resolve("ca.pem");
		Files.writeString(old, "from an earlier demo run");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
		WorkingCopyStaysClean guard = new WorkingCopyStaysClean(data, FileTime.from(Instant.now().minusSeconds(60)));
		assertThat(guard.writtenSinceStart()).isEmpty();

		Files.writeString(data.resolve("pki/server.p12"), "written by a test");

		assertThat(guard.writtenSinceStart()).containsExactly(data.resolve("pki/server.p12"));
	}

}
