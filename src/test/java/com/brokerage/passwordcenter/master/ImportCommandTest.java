package com.brokerage.passwordcenter.master;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import com.brokerage.passwordcenter.support.MasterFiles;
import com.brokerage.passwordcenter.support.TestIds;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar … import}: the app's own configuration, no web server, no job
 * executor, the report on standard output and an exit code.
 */
class ImportCommandTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("the command is the first argument that is not an option; without it the server starts")
	void recognisedAfterOptions() {
		assertThat(
				ImportCommand.isRequested(new String[] { "--spring.profiles.active=demo", "import", "--file=a.csv" }))
			.isTrue();
		assertThat(ImportCommand.isRequested(new String[] { "import", "a.csv" })).isTrue();
		assertThat(ImportCommand.isRequested(new String[] { "--server.port=8443" })).isFalse();
		assertThat(ImportCommand.isRequested(new String[] { "--file=import" })).isFalse();
	}

	@Test
	@DisplayName("the import command runs without a web server and job executor, prints the report and exits 1 for refused rows")
	void commandWithoutWebServer() throws Exception {
		String id = TestIds.nationalId();
		Path csv = Files.writeString(this.dir.resolve("customers.csv"),
				new MasterFiles()
					.row(id, "19800101", "陳大文", "N", "0912345678", "chen@example.com",
							MasterFiles.account("SECURITIES", "9E01", MasterFiles.accountNumber(), null))
					.row(MasterFiles.badChecksum(id), "19800101", "壞檢查碼", "N", "", "",
							MasterFiles.account("SECURITIES", "9E01", MasterFiles.accountNumber(), null))
					.csv(true),
				StandardCharsets.UTF_8);
		PrintStream console = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		ConfigurableApplicationContext context;
		try {
			context = ImportCommand.application(PasswordCenterApplication.class)
				.run("import", csv.toString(), "--operator=ops-dave", "--spring.profiles.active=test");
		}
		finally {
			System.setOut(console);
		}
		try {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(((ProcessEngineConfigurationImpl) context.getBean(ProcessEngineConfiguration.class))
				.getJobExecutor()
				.isActive()).isFalse();
			assertThat(context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from customer where customer_id = ?", Integer.class, id)).isEqualTo(1);
			String report = out.toString(StandardCharsets.UTF_8);
			assertThat(report).contains("refused line 3: customerId: not a valid national ID or business number")
				.contains("2 rows read, created 1, updated 0, unchanged 0, refused 1")
				.contains("1 customer(s) created without a password hash");
		}
		finally {
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

}
