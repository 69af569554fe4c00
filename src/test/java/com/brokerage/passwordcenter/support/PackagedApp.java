package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * One node as an operator runs it: the packaged jar ({@code -Dapp.jar}, set by failsafe)
 * in its own JVM, in its own working directory (its {@code ./data}), its output in
 * {@code app.log} there. {@link #kill()} is {@code kill -9}: no shutdown hook, no flush,
 * no clean close of the database.
 */
public final class PackagedApp implements AutoCloseable {

	/** 128 + SIGKILL: what a JVM killed by signal 9 exits with. */
	public static final int KILLED_BY_SIGKILL = 137;

	/** Small and quick to start: four nodes' worth of JVMs share two cores in CI. */
	private static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private static final Duration READY_WITHIN = Duration.ofMinutes(4);

	private final Process process;

	private final Path directory;

	private final int port;

	private final Instant ready;

	private PackagedApp(Process process, Path directory, int port, Instant ready) {
		this.process = process;
		this.directory = directory;
		this.port = port;
		this.ready = ready;
	}

	/**
	 * Launches {@code java -jar} with {@code --server.port=port} and {@code arguments},
	 * with none of the environment's {@code PASSWORD_CENTER_*} or {@code SPRING_*}
	 * variables but {@code environment}, and waits until
	 * {@code /actuator/health/readiness} answers 200.
	 */
	public static PackagedApp start(Path directory, int port, Map<String, String> environment, List<String> arguments)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM_FLAGS);
		command.addAll(List.of("-jar",
				Path.of(System.getProperty("app.jar", "target/password-center.jar")).toAbsolutePath().toString(),
				"--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("app.log").toFile()));
		// only what the test gives: a developer's or CI's own settings would change the
		// node
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("PASSWORD_CENTER_") || name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			return new PackagedApp(process, directory, port, awaitReady(process, port, directory));
		}
		catch (Throwable notReady) {
			// a test that gave up (failed, interrupted) leaves no JVM behind
			process.destroyForcibly().waitFor();
			throw notReady;
		}
	}

	private static Instant awaitReady(Process process, int port, Path directory) throws InterruptedException {
		HttpClient probe = HttpClient.newBuilder().sslContext(trustingAnyone()).build();
		URI readiness = URI.create("https://localhost:" + port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(READY_WITHIN);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("the app stopped during start-up; see " + directory.resolve("app.log"));
			}
			try {
				HttpResponse<Void> answer = probe.send(
						HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return Instant.now();
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new AssertionError("not ready within " + READY_WITHIN + "; see " + directory.resolve("app.log"));
	}

	/** When readiness first answered 200. */
	public Instant ready() {
		return this.ready;
	}

	public String baseUrl() {
		return "https://localhost:" + this.port;
	}

	/** A new browser of this node: trusts the node's dev CA, presents no certificate. */
	public HttpApiClient browser() {
		return new HttpApiClient(baseUrl(), trusting(this.directory.resolve("data/pki/ca.pem")))
			.withTimeout(Duration.ofSeconds(60));
	}

	public String log() {
		try {
			return Files.readString(this.directory.resolve("app.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, which
	 * the exit status proves.
	 * @return when the process was gone
	 */
	public Instant kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("still alive 30 s after SIGKILL");
		}
		Instant dead = Instant.now();
		if (this.process.exitValue() != KILLED_BY_SIGKILL) {
			throw new AssertionError("exit status " + this.process.exitValue() + ", not SIGKILL's " + KILLED_BY_SIGKILL
					+ "; see " + this.directory.resolve("app.log"));
		}
		return dead;
	}

	/** A clean stop (SIGTERM), forced after 30 s. */
	@Override
	public void close() throws InterruptedException {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	/**
	 * An empty directory for a test's nodes under {@code target/} (kept after the run, so
	 * their {@code app.log} can be read; support/WorkingCopyStaysClean).
	 */
	public static Path freshDirectory(String name) throws IOException {
		Path directory = Path.of("target", name).toAbsolutePath();
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		return Files.createDirectories(directory);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** TLS that trusts the one CA in {@code pem} (a node's dev CA). */
	public static SSLContext trusting(Path pem) {
		try (InputStream in = Files.newInputStream(pem)) {
			KeyStore trust = KeyStore.getInstance("PKCS12");
			trust.load(null, null);
			trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trust);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, factory.getTrustManagers(), null);
			return tls;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Only for the readiness probe on loopback: on a first start the dev CA does not
	 * exist before the server does.
	 */
	private static SSLContext trustingAnyone() {
		try {
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, new TrustManager[] { new X509TrustManager() {
				@Override
				public void checkClientTrusted(X509Certificate[] chain, String authType) {
				}

				@Override
				public void checkServerTrusted(X509Certificate[] chain, String authType) {
				}

				@Override
				public X509Certificate[] getAcceptedIssuers() {
					return new X509Certificate[0];
				}
			} }, null);
			return tls;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
