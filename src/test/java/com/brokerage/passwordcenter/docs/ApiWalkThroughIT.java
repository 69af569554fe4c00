package com.brokerage.passwordcenter.docs;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.brokerage.passwordcenter.benchmark.AppLaunch;
import com.brokerage.passwordcenter.benchmark.AppProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md as a newcomer runs it: the packaged jar on a fresh data directory with the
 * demo, then every {@code bash} block of the document with bash and curl, section by
 * section, each section in a new shell that has run only the document's set-up block.
 * Every status (and error code) a comment promises is checked, so a doc edit that breaks
 * a command fails the build. The working directory holds the app's {@code data/} and
 * links to the repository's {@code docs/} and {@code bpmn/}, as the repository root does.
 */
class ApiWalkThroughIT {

	private static final Path DOCUMENT = Path.of("docs", "api.md");

	private static final String SETUP_SECTION = "Set-up for the walk-through";

	@Test
	@DisplayName("every walk-through of docs/api.md runs as written against a fresh demo and answers what its "
			+ "comments say")
	void apiWalkThroughsRunAsWritten() throws Exception {
		ShellWalkThrough document = ShellWalkThrough.parse(Files.readString(DOCUMENT));
		Path work = freshDirectory(Path.of("target", "api-walk-through"));
		Files.createSymbolicLink(work.resolve("docs"), Path.of("docs").toAbsolutePath());
		Files.createSymbolicLink(work.resolve("bpmn"), Path.of("bpmn").toAbsolutePath());
		Path results = work.resolve("checks.txt");
		Files.createFile(results);
		int port = freePort();
		List<String> sectionsRun = new ArrayList<>();
		try (AppProcess app = AppProcess.start(AppLaunch.plain(Path.of(System.getProperty("app.jar"))).command(), work,
				port, List.of())) {
			List<ShellWalkThrough.Statement> setup = document.sections()
				.stream()
				.filter((section) -> section.title().equals(SETUP_SECTION))
				.findFirst()
				.orElseThrow()
				.statements();
			int index = 0;
			for (ShellWalkThrough.Section section : document.sections()) {
				if (section.title().equals(SETUP_SECTION)) {
					continue;
				}
				index++;
				Path script = work.resolve("section-" + index + ".sh");
				Files.writeString(script, script(setup, section, port, results));
				run(script, work.resolve("section-" + index + ".log"), work);
				sectionsRun.add(section.title());
			}
		}
		// an answer cut short inside a character is still read (String replaces what does
		// not decode)
		List<String> checks = List.of(new String(Files.readAllBytes(results), StandardCharsets.UTF_8).split("\n"));
		System.out.println("docs/api.md walk-throughs: " + sectionsRun + "\n" + String.join("\n", checks));
		List<String> failed = checks.stream().filter((line) -> line.startsWith("FAILED")).toList();
		assertThat(failed).as("answers unlike the comments of docs/api.md (logs in " + work + ")").isEmpty();
		assertThat(checks).as("checked answers").hasSizeGreaterThan(40);
		assertThat(sectionsRun).contains("Online unlock (R-UNLOCK-1..4, R-LOGIN-3/4)");
	}

	/**
	 * The set-up (with this run's port instead of 8443), a check function, then the
	 * section's statements, each with a promised answer wrapped so its output is kept for
	 * the check and still shown.
	 */
	private static String script(List<ShellWalkThrough.Statement> setup, ShellWalkThrough.Section section, int port,
			Path results) {
		StringBuilder script = new StringBuilder();
		script.append("exec 3>>'").append(results.toAbsolutePath()).append("'\n");
		script.append("__O=$(mktemp); __E=$(mktemp)\n");
		script.append("""
				__pc_expect() {
				  local got
				  got=$(grep -aoE '^HTTP [0-9]{3}$' "$__E" | tail -n 1 | cut -c6-)
				  if [ -z "$got" ]; then got=$(grep -aoE '^[0-9]{3}$' "$__O" | tail -n 1); fi
				  if [ "$got" != "$2" ]; then
				    echo "FAILED docs/api.md:$1: expected $2 $3, got ${got:-no status}: $(head -c 300 "$__O")" >&3
				  elif [ -n "$3" ] && ! grep -aq "\\"code\\":\\"$3\\"" "$__O"; then
				    echo "FAILED docs/api.md:$1: expected $2 $3, got: $(head -c 300 "$__O")" >&3
				  else
				    echo "PASSED docs/api.md:$1: $2 $3" >&3
				  fi
				}
				""");
		for (ShellWalkThrough.Statement statement : setup) {
			script.append(statement.text()).append('\n');
			if (statement.text().startsWith("PC=")) {
				script.append("PC=https://localhost:").append(port).append('\n');
			}
		}
		script.append("echo '### ").append(section.title().replace("'", "")).append("'\n");
		for (ShellWalkThrough.Statement statement : section.statements()) {
			if (statement.status().isEmpty()) {
				script.append(statement.text()).append('\n');
				continue;
			}
			script.append("{ ")
				.append(statement.text())
				.append("\n} >\"$__O\" 2>\"$__E\"; cat \"$__O\"; cat \"$__E\" >&2; __pc_expect ")
				.append(statement.line())
				.append(' ')
				.append(statement.status().get())
				.append(" '")
				.append(statement.code().orElse(""))
				.append("'\n");
		}
		return script.toString();
	}

	private static void run(Path script, Path log, Path work) throws IOException, InterruptedException {
		Process bash = new ProcessBuilder("bash", script.toString()).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!bash.waitFor(5, TimeUnit.MINUTES)) {
			bash.destroyForcibly().waitFor();
			throw new AssertionError(script + " did not finish within 5 minutes; see " + log);
		}
	}

	private static Path freshDirectory(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		return Files.createDirectories(directory).toAbsolutePath();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
