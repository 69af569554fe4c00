package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL cluster of a test's own, made and started by {@code .ci/postgres}
 * ({@code PASSWORD_CENTER_PG_CLUSTER} / {@code _PG_PORT}), so the test may stop and start
 * it without touching the shared cluster. Needs root (as CI runs), like the script.
 */
public final class OwnPostgresCluster {

	private static final Pattern URL = Pattern.compile("export PASSWORD_CENTER_DB_URL=(\\S+)");

	private final String version;

	private final String name;

	private final int port;

	private final String url;

	private OwnPostgresCluster(String version, String name, int port, String url) {
		this.version = version;
		this.name = name;
		this.port = port;
		this.url = url;
	}

	/**
	 * The cluster {@code name} (made on a free port unless it exists), running, with a
	 * fresh database {@code database}.
	 */
	public static OwnPostgresCluster prepare(String name, String database) {
		Integer existing = existingPort(name);
		int port = (existing != null) ? existing : freePort();
		String out = run(
				Map.of("PASSWORD_CENTER_PG_CLUSTER", name, "PASSWORD_CENTER_PG_PORT", String.valueOf(port),
						"PASSWORD_CENTER_DB_NAME", database, "PASSWORD_CENTER_DB_RECREATE", "true"),
				"bash", Path.of(".ci", "postgres").toString());
		Matcher url = URL.matcher(out);
		if (!url.find()) {
			throw new IllegalStateException(".ci/postgres printed no URL: " + out);
		}
		return new OwnPostgresCluster(version(), name, port, url.group(1));
	}

	public String url() {
		return this.url;
	}

	public int port() {
		return this.port;
	}

	/**
	 * {@code pg_ctlcluster stop}: the server ends every connection and refuses new ones.
	 */
	public void stop() {
		run(Map.of(), "pg_ctlcluster", this.version, this.name, "stop", "-m", "fast");
	}

	public void start() {
		run(Map.of(), "pg_ctlcluster", this.version, this.name, "start");
	}

	private static Integer existingPort(String name) {
		for (String line : run(Map.of(), "pg_lsclusters", "-h").split("\n")) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length > 2 && columns[1].equals(name)) {
				return Integer.valueOf(columns[2]);
			}
		}
		return null;
	}

	private static String version() {
		for (String line : run(Map.of(), "pg_lsclusters", "-h").split("\n")) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length > 1) {
				return columns[0];
			}
		}
		throw new IllegalStateException("no PostgreSQL cluster");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String run(Map<String, String> environment, String... command) {
		try {
			ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			builder.environment().putAll(environment);
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
			}
			return out;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
