package com.brokerage.passwordcenter.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellWalkThroughTest {

	@Test
	@DisplayName("statements are cut where bash would end them: continued lines, open quotes, comments below")
	void statementsAndTheirPromisedAnswers() {
		String markdown = String.join("\n", "# Title", "## Set-up", "```bash", "PC=https://localhost:8443",
				"api()  { curl -s \"$@\"; }", "```", "## Journey", "text", "```json", "{\"not\":\"shell\"}", "```",
				"```bash", "login A Demo1234          # 200 {\"nationalId\":\"A12****789\"}",
				"ID=$(api -X POST $PC/x -d '{\"a\":1}' \\", "     | sed 's/x/y/'); echo $ID   # 201 path",
				"api -X POST $PC/y -d '{\"a\":1,", "  \"b\":2}'",
				"                   # 400 WITHDRAWAL_PASSWORD_LENGTH — all",
				"login x; login y   # … 423 LOGIN_LOCKED_UNLOCK_AVAILABLE", "sleep 2; api $PC/z   # status COMPLETED",
				"# the signed mail: 404 not a promise", "```");

		ShellWalkThrough document = ShellWalkThrough.parse(markdown);

		assertThat(document.sections()).extracting(ShellWalkThrough.Section::title)
			.containsExactly("Set-up", "Journey");
		List<ShellWalkThrough.Statement> journey = document.sections().get(1).statements();
		assertThat(journey).extracting(ShellWalkThrough.Statement::line).containsExactly(13, 14, 16, 19, 20);
		assertThat(journey).extracting(ShellWalkThrough.Statement::status)
			.containsExactly(Optional.of(200), Optional.of(201), Optional.of(400), Optional.of(423), Optional.empty());
		assertThat(journey).extracting(ShellWalkThrough.Statement::code)
			.containsExactly(Optional.empty(), Optional.empty(), Optional.of("WITHDRAWAL_PASSWORD_LENGTH"),
					Optional.of("LOGIN_LOCKED_UNLOCK_AVAILABLE"), Optional.empty());
		assertThat(journey.get(2).text()).isEqualTo("api -X POST $PC/y -d '{\"a\":1,\n  \"b\":2}'");
	}

	@Test
	@DisplayName("docs/api.md: every walk-through section has statements, most with a promised status")
	void apiDocument() throws Exception {
		ShellWalkThrough document = ShellWalkThrough.parse(Files.readString(Path.of("docs", "api.md")));

		assertThat(document.sections()).hasSizeGreaterThanOrEqualTo(8);
		long promised = document.sections()
			.stream()
			.flatMap((section) -> section.statements().stream())
			.filter((statement) -> statement.status().isPresent())
			.count();
		assertThat(promised).isGreaterThan(40);
	}

}
