package com.brokerage.passwordcenter.master;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar password-center.jar import --file=customers.csv [--dry-run]
 * [--format=csv|jsonl] [--operator=NAME]}: the customer import as a command of the app,
 * on the same configuration and profile as the server (so against the production
 * database), without a web server and without the job executor. Exit code 0: every row
 * imported; 1: some rows refused; 2: the file could not be read.
 */
@Component
@ConditionalOnProperty(name = ImportCommand.COMMAND_PROPERTY, havingValue = ImportCommand.NAME)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "import";

	static final String COMMAND_PROPERTY = "password-center.command";

	private static final List<String> SERVLET_ONLY = List.of(
			"org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
			"org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");

	private final CustomerImport customerImport;

	private final PrintStream out;

	private int exitCode;

	ImportCommand(CustomerImport customerImport) {
		this.customerImport = customerImport;
		this.out = System.out;
	}

	/** True when the command line asks for the import rather than the server. */
	public static boolean isRequested(String[] args) {
		// the first argument that is not an option (--spring.profiles.active=… may
		// precede it)
		return java.util.Arrays.stream(args)
			.filter((arg) -> !arg.startsWith("--"))
			.findFirst()
			.filter(NAME::equals)
			.isPresent();
	}

	/** Runs the import in a context of its own and returns the exit code. */
	public static int launch(Class<?> application, String[] args) {
		return SpringApplication.exit(application(application).run(args));
	}

	/** A non-web application whose only runner of note is this command. */
	static SpringApplication application(Class<?> application) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		// above application.yml: no job of the engine runs in the command's JVM, and the
		// engine's REST API and webapps (servlet-only) are left out
		app.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("import-command",
					Map.of(COMMAND_PROPERTY, NAME, "camunda.bpm.job-execution.enabled", "false",
							"spring.autoconfigure.exclude", String.join(",", SERVLET_ONLY)))));
		return app;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> files = args.containsOption("file") ? args.getOptionValues("file")
				: args.getNonOptionArgs().stream().skip(1).toList();
		if (files.size() != 1 || !Files.isReadable(Path.of(files.get(0)))) {
			fail("usage: import --file=customers.csv [--dry-run] [--format=csv|jsonl] [--operator=NAME]"
					+ " (the file must exist and be readable)");
			return;
		}
		Path file = Path.of(files.get(0));
		String operator = option(args, "operator", System.getProperty("user.name", "operator"));
		if (operator.isBlank() || operator.length() > 64) {
			fail("--operator: 1 to 64 characters");
			return;
		}
		try {
			ImportFormat format = ImportFormat.of(option(args, "format", null), file.getFileName().toString());
			ImportReport report = this.customerImport.run(file, format, args.containsOption("dry-run"), operator);
			report.summary().forEach(this.out::println);
			this.exitCode = report.refusals().isEmpty() ? 0 : 1;
		}
		catch (IOException ex) {
			fail("cannot read " + file.getFileName() + " as UTF-8: " + ex.getClass().getSimpleName());
		}
		catch (IllegalArgumentException ex) {
			fail(ex.getMessage());
		}
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

	private void fail(String message) {
		System.err.println("import: " + message);
		this.exitCode = 2;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
