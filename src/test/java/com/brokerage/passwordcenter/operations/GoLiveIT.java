package com.brokerage.passwordcenter.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.MasterFiles;
import com.brokerage.passwordcenter.support.PostgresTest;
import com.brokerage.passwordcenter.support.TestIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/operations.md "Going live", run as written against the packaged jar on PostgreSQL:
 * the key material from docs/scripts/make-keys.sh, the import command, then the app on
 * HTTPS with those files, and the imported customer's login with the legacy hash. The
 * demo's SMTP sink is not there.
 */
@Tag(PostgresTest.TAG)
class GoLiveIT {

	private static final Path REPO = Path.of(System.getProperty("user.dir"));

	@TempDir
	Path dir;

	@Test
	@DisplayName("R-REISSUE-12: the documented key material starts the postgres profile on HTTPS; an imported customer logs in")
	void keysImportAndFirstLogin() throws Exception {
		String operations = Files.readString(REPO.resolve("docs/operations.md"));
		assertThat(operations).contains("bash docs/scripts/make-keys.sh /etc/password-center/keys");
		Path keys = this.dir.resolve("keys");
		Map<String, String> keyEnv = Map.of("KEY_STORE_PASSWORD", "it-store-password", "TLS_HOSTNAME", "localhost");
		assertThat(
				run(REPO, keyEnv, Duration.ofMinutes(2), "bash", "docs/scripts/make-keys.sh", keys.toString()).exit())
			.isZero();
		Map<String, String> env = new HashMap<>(readEnv(keys.resolve("password-center.env")));
		// every SERVER_SSL_* the doc lists is what the script wrote
		env.keySet().forEach((name) -> assertThat(operations).contains(name));
		env.putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "PASSWORD_CENTER_DB_URL",
				System.getenv()
					.getOrDefault("PASSWORD_CENTER_DB_URL", "jdbc:postgresql://localhost:5432/password_center"),
				"PASSWORD_CENTER_DB_USER", System.getenv().getOrDefault("PASSWORD_CENTER_DB_USER", "password_center"),
				"PASSWORD_CENTER_DB_PASSWORD",
				System.getenv().getOrDefault("PASSWORD_CENTER_DB_PASSWORD", "password_center"),
				"PASSWORD_CENTER_OPERATOR_PASSWORD", "it-operator-password", "PASSWORD_CENTER_CAPTCHA_HMAC_KEY",
				"it-captcha-key-0123456789", "PASSWORD_CENTER_SECRETS_HMAC_KEY", "it-secrets-key-0123456789",
				"PASSWORD_CENTER_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000",
				"PASSWORD_CENTER_TWILIO_AUTH_TOKEN", "it-token", "PASSWORD_CENTER_TWILIO_FROM_NUMBER", "+15005550006"));

		String id = TestIds.nationalId();
		Path csv = Files.writeString(this.dir.resolve("customers.csv"),
				new MasterFiles()
					.row(id, "19800101", "陳大文", "Y", "0912345678", "chen@example.com",
							MasterFiles.account("SECURITIES", "9A01", MasterFiles.accountNumber(), "{scrypt}"
									+ SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1().encode("Legacy123")))
					.csv(true),
				StandardCharsets.UTF_8);
		String jar = System.getProperty("app.jar");
		Result imported = run(this.dir, env, Duration.ofMinutes(8), java(), "-jar", jar, "import", "--file=" + csv,
				"--operator=it-operator");
		assertThat(imported.exit()).as(imported.output()).isZero();
		assertThat(imported.output()).contains("created 1").doesNotContain("Tomcat started");

		int port = freePort();
		int mailPort = freePort();
		ProcessBuilder server = new ProcessBuilder(java(), "-Xmx384m", "-jar", jar, "--server.port=" + port,
				"--spring.mail.port=" + mailPort)
			.directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("app.log").toFile());
		server.environment().putAll(env);
		Process app = server.start();
		try {
			HttpApiClient client = new HttpApiClient("https://localhost:" + port, trusting(keys.resolve("server.pem")));
			waitUntilHealthy(client, app);
			HttpResponse<String> login = client.login(id, "Legacy123");
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			// the demo's SMTP sink is not started outside the demo
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", mailPort), 2000);
				}
			}).isInstanceOf(ConnectException.class);
			assertThat(Files.readString(this.dir.resolve("app.log"))).doesNotContain("Demo mail sink");
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private static void waitUntilHealthy(HttpApiClient client, Process app) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
		while (Instant.now().isBefore(deadline)) {
			assertThat(app.isAlive()).as("the app exited; see app.log").isTrue();
			try {
				if (client.get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("not healthy within 8 minutes");
	}

	private static SSLContext trusting(Path pem) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		try (InputStream in = Files.newInputStream(pem)) {
			trust.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, factory.getTrustManagers(), null);
		return tls;
	}

	private static Map<String, String> readEnv(Path file) throws IOException {
		Map<String, String> env = new HashMap<>();
		for (String line : Files.readAllLines(file)) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				env.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return env;
	}

	private static Result run(Path directory, Map<String, String> env, Duration timeout, String... command)
			throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> {
			try {
				lines.addAll(
						new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
			}
			catch (IOException ex) {
				// the process died: its exit code says so
			}
		});
		reader.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout);
		}
		reader.join();
		return new Result(process.exitValue(), String.join("\n", lines));
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Result(int exit, String output) {
	}

}
