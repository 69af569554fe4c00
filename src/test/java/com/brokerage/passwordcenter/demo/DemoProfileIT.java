package com.brokerage.passwordcenter.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator starts it by mistake or on purpose: with no profile and
 * no secrets it refuses to start and names what is missing; with the demo profile (what
 * the README's {@code mvn spring-boot:run} chooses) it is the full demo.
 */
class DemoProfileIT {

	private static final Path JAR = Path.of(System.getProperty("app.jar", "target/password-center.jar"));

	@TempDir
	Path directory;

	@Test
	@DisplayName("java -jar with no profile and no secrets refuses to start, names every missing setting, writes nothing")
	void noProfileRefusesToStart() throws Exception {
		Process app = launch(List.of());

		assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
		String log = Files.readString(this.directory.resolve("app.log"), StandardCharsets.UTF_8);
		assertThat(app.exitValue()).isNotZero();
		assertThat(log).contains("APPLICATION FAILED TO START")
			.contains("started with no profile")
			.contains("PASSWORD_CENTER_OPERATOR_PASSWORD")
			.contains("PASSWORD_CENTER_CAPTCHA_HMAC_KEY")
			.contains("PASSWORD_CENTER_SECRETS_HMAC_KEY")
			.contains("PASSWORD_CENTER_TWILIO_AUTH_TOKEN")
			.contains("PASSWORD_CENTER_MAIL_SIGNING_KEY_STORE")
			.contains("--spring.profiles.active=demo");
		// no demo key, no database file, no dev PKI: it stopped before anything existed
		assertThat(this.directory.resolve("data")).doesNotExist();
	}

	@Test
	@DisplayName("the demo profile starts the full demo: demo data, dev PKI, mail and SMS sinks")
	void demoProfileStartsTheDemo() throws Exception {
		int port = freePort();
		Process app = launch(List.of("--spring.profiles.active=" + DemoProfile.NAME, "--server.port=" + port,
				"--spring.mail.port=" + freePort()));
		try {
			Path log = this.directory.resolve("app.log");
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (!Files.readString(log).contains("Started PasswordCenterApplication")) {
				assertThat(app.isAlive()).as("the demo keeps running; see %s", log).isTrue();
				assertThat(System.nanoTime()).as("started within 5 minutes").isLessThan(deadline);
				Thread.sleep(200);
			}
			assertThat(this.directory.resolve("data/pki/ca.pem")).exists();
			assertThat(this.directory.resolve("data/pki/client.p12")).exists();
			assertThat(Files.readString(log)).contains("demo");
		}
		finally {
			app.destroy();
			app.waitFor(1, TimeUnit.MINUTES);
		}
	}

	@Test
	@DisplayName("the README's run command, mvn spring-boot:run, chooses the demo profile")
	void runCommandChoosesTheDemo() throws IOException {
		assertThat(Files.readString(Path.of("pom.xml")))
			.contains("<spring-boot.run.profiles>" + DemoProfile.NAME + "</spring-boot.run.profiles>");
	}

	private Process launch(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
						JAR.toAbsolutePath().toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("app.log").toFile());
		// the operator's mistake: nothing of ours set in the environment
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("PASSWORD_CENTER_") || name.startsWith("SPRING_"));
		return builder.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
