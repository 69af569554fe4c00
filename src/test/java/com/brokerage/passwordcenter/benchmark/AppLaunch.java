package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.brokerage.passwordcenter.demo.DemoProfile;

/**
 * How the app's JVM is launched: as {@code java -jar} with no flags, or the way
 * docs/operations.md recommends (extracted jar, a class-data-sharing archive made by a
 * training start, a bounded heap and the serial collector).
 */
public record AppLaunch(List<String> jvm, List<String> jar, Map<String, String> environment) {

	/** The flags operations.md recommends besides the CDS archive. */
	static final List<String> RECOMMENDED_FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC",
			"-Djdk.nio.maxCachedBufferSize=262144");

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static Path packagedJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches("password-center-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in " + target + ": run mvn package"));
		}
	}

	/** The benchmark measures the demo as the README runs it (H2, local sinks). */
	static final String DEMO = "--spring.profiles.active=" + DemoProfile.NAME;

	public static AppLaunch plain(Path jar) {
		return plain(jar, BenchDatabase.h2());
	}

	/** {@code java -jar} with no flags, on the demo's sinks and this database. */
	static AppLaunch plain(Path jar, BenchDatabase database) {
		return new AppLaunch(List.of(java()), List.of("-jar", jar.toString(), profiles(database)),
				database.environment());
	}

	private static String profiles(BenchDatabase database) {
		return "--spring.profiles.active=" + database.profiles();
	}

	/**
	 * Extracts the jar and trains its CDS archive with one start that exits after
	 * refresh.
	 */
	static AppLaunch recommended(Path jar, Path directory, int port, BenchDatabase database)
			throws IOException, InterruptedException {
		Path extracted = directory.resolve("app");
		exec(directory, List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				extracted.toString()), Map.of());
		Path app = extracted.resolve(jar.getFileName());
		Path archive = directory.resolve("app.jsa");
		List<String> training = new ArrayList<>(List.of(java()));
		training.addAll(RECOMMENDED_FLAGS);
		training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				app.toString(), profiles(database), "--server.port=" + port, "--spring.mail.port=" + (port + 1)));
		exec(directory, training, database.environment());
		List<String> jvm = new ArrayList<>(List.of(java()));
		jvm.addAll(RECOMMENDED_FLAGS);
		List<String> launch = new ArrayList<>(
				List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString(), profiles(database)));
		return new AppLaunch(jvm, launch, database.environment());
	}

	public List<String> command() {
		List<String> command = new ArrayList<>(this.jvm);
		command.addAll(this.jar);
		return command;
	}

	/** The same launch with one more JVM flag (e.g. a flight recording). */
	AppLaunch withJvmFlag(String flag) {
		List<String> jvm = new ArrayList<>(this.jvm);
		jvm.add(flag);
		return new AppLaunch(jvm, this.jar, this.environment);
	}

	String flagsText() {
		return "-Xmx256m, serial GC, NIO buffer cache capped, CDS archive";
	}

	private static void exec(Path directory, List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().putAll(environment);
		Process process = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("prepare.log").toFile()))
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + " failed; see " + directory.resolve("prepare.log"));
		}
	}

}
