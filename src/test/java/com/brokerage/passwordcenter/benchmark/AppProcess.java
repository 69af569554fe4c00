package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The application as an operator runs it: its own JVM ({@code java [flags] -jar ...}) in
 * its own working directory (so {@code ./data} is the bench's), on loopback. Start-up is
 * timed from launching the process to {@code /actuator/health/readiness} answering 200;
 * memory is read from outside (RSS from /proc, live heap after a full GC through jcmd).
 */
public final class AppProcess implements AutoCloseable {

	private static final Pattern HEAP_USED = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");

	private final Process process;

	private final Path directory;

	private final int port;

	private final double secondsToReady;

	private AppProcess(Process process, Path directory, int port, double secondsToReady) {
		this.process = process;
		this.directory = directory;
		this.port = port;
		this.secondsToReady = secondsToReady;
	}

	/**
	 * Starts the app and waits until it is ready (at most 3 minutes, or
	 * -Dapp.ready-minutes).
	 */
	public static AppProcess start(List<String> launch, Path directory, int port, List<String> arguments)
			throws IOException, InterruptedException {
		return start(launch, Map.of(), directory, port, arguments);
	}

	/** As above, with the launch's environment (e.g. the database a profile reads). */
	static AppProcess start(AppLaunch launch, Path directory, int port, List<String> arguments)
			throws IOException, InterruptedException {
		return start(launch.command(), launch.environment(), directory, port, arguments);
	}

	private static AppProcess start(List<String> launch, Map<String, String> environment, Path directory, int port,
			List<String> arguments) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		List<String> command = new ArrayList<>(launch);
		command.add("--server.port=" + port);
		command.add("--spring.mail.port=" + (port + 1));
		command.addAll(arguments);
		long begin = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().putAll(environment);
		Process process = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("app.log").toFile()))
			.start();
		HttpClient probe = HttpClient.newBuilder().sslContext(trustLoopback()).build();
		URI readiness = URI.create("https://localhost:" + port + "/actuator/health/readiness");
		// -Dapp.ready-minutes: more time on a machine shared with other builds
		long deadline = begin + TimeUnit.MINUTES.toNanos(Long.getLong("app.ready-minutes", 3));
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app stopped during start-up; see " + directory.resolve("app.log"));
			}
			try {
				int status = probe
					.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode();
				if (status == 200) {
					return new AppProcess(process, directory, port, (System.nanoTime() - begin) / 1e9);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the app was not ready in time; see " + directory.resolve("app.log"));
	}

	double secondsToReady() {
		return this.secondsToReady;
	}

	String baseUrl() {
		return "https://localhost:" + this.port;
	}

	Path directory() {
		return this.directory;
	}

	/** Resident set size in MiB. */
	double rssMib() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		throw new IllegalStateException("no VmRSS for " + this.process.pid());
	}

	/** CPU seconds (user + system) the app's process has used so far (from /proc). */
	double cpuSeconds() throws IOException {
		return ProcCpu.seconds(this.process.pid(), false);
	}

	/** Live heap in MiB: a full GC first, then what is still in use. */
	double liveHeapMib() throws IOException, InterruptedException {
		jcmd("GC.run");
		Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
		long kib = 0;
		while (used.find()) {
			kib += Long.parseLong(used.group(1));
		}
		return kib / 1024.0;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(this.process.pid()), command)
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor(1, TimeUnit.MINUTES);
		return out;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	/** Only for the readiness probe on loopback, before the dev CA exists on disk. */
	private static SSLContext trustLoopback() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new X509TrustManager() {
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
			return context;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
