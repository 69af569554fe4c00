package com.brokerage.passwordcenter.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.demo.DemoProfile;
import com.brokerage.passwordcenter.operations.LinkMailApplications.LinkJob;
import com.brokerage.passwordcenter.operations.LinkMailApplications.Mail;
import com.brokerage.passwordcenter.support.PackagedApp;
import com.brokerage.passwordcenter.support.StallingSmtpServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.brokerage.passwordcenter.operations.LinkMailApplications.assertStored;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.awaitLinkMails;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.confirmApplication;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.linkJob;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.mailsTo;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.openLink;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.successfulRuns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, acceptance 4 on the H2 demo: the packaged jar killed with {@code kill -9}
 * right after a customer's acknowledged answers, then started again on the same data
 * directory under the same node name (docs/operations.md, "Node death and restart").
 * Application X's link mail is in flight when the node dies: its relay stalls at
 * {@code MAIL FROM}, so the node holds X's job lock. Application Y is acknowledged just
 * before the kill. The killed run locks jobs for 10 minutes instead of 60 s, so a restart
 * that waited out its old lock could not pass.
 */
class CrashOnH2IT {

	private static final String NODE = "crash-h2";

	private static final String X_MAIL = "it@example.com";

	private static final String Y_MAIL = "chen@example.com";

	private static final Duration KILLED_RUNS_LOCK = Duration.ofMinutes(10);

	@Test
	@DisplayName("kill -9 right after acknowledged answers: after the restart every application is on disk and "
			+ "its R-REISSUE-6 link mail goes out at once, not after the dead run's job lock")
	void killNineThenRestartOnTheSameDataDirectory() throws Exception {
		Path directory = PackagedApp.freshDirectory("crash-on-h2");
		int port = PackagedApp.freePort();
		String x;
		String y;
		Instant acknowledged;
		Instant dead;
		try (StallingSmtpServer relay = new StallingSmtpServer()) {
			PackagedApp first = PackagedApp.start(directory, port, Map.of(),
					demo(relay.port(), "--spring.mail.host=" + StallingSmtpServer.HOST,
							"--camunda.bpm.job-execution.lock-time-in-millis=" + KILLED_RUNS_LOCK.toMillis()));
			try {
				x = confirmApplication(first.browser(), "12345670", "20050301");
				// X's link mail is being sent by this node, under its job lock
				relay.awaitSends(1, Duration.ofMinutes(1));
				y = confirmApplication(first.browser(), "A123456789", "19800101");
				acknowledged = Instant.now();
				dead = first.kill();
			}
			finally {
				first.close();
			}
		}

		// what the disk held when the node died (H2 recovers the file as the restart
		// will)
		LinkJob xJob;
		LinkJob yJob;
		try (Connection db = database(directory)) {
			assertStored(db, x);
			assertStored(db, y);
			xJob = linkJob(db, x);
			assertThat(xJob.lockOwner()).as("the dead node held X's job").isEqualTo(NODE);
			assertThat(xJob.lockExpiry()).isAfter(dead.plus(KILLED_RUNS_LOCK).minus(Duration.ofMinutes(1)));
			yJob = linkJob(db, y);
			assertThat(yJob.id()).isNotEqualTo(xJob.id());
		}

		Map<String, Mail> mails;
		try (PackagedApp second = PackagedApp.start(directory, port, Map.of(), demo(PackagedApp.freePort()))) {
			// the functional bound of the acceptance: within about a minute of the
			// restart
			mails = awaitLinkMails(second, Set.of(X_MAIL, Y_MAIL), Duration.ofSeconds(60));
			assertThat(mails.get(X_MAIL).seenAt()).as("X's mail before its old lock expired")
				.isBefore(xJob.lockExpiry());
			assertThat(second.log()).containsPattern("job lock owner " + NODE + "; released [1-9]\\d* job locks");
			assertThat(openLink(second, mails.get(X_MAIL).token())).isEqualTo(x);
			assertThat(openLink(second, mails.get(Y_MAIL).token())).isEqualTo(y);
			assertThat(mailsTo(second, X_MAIL)).isEqualTo(1);
			assertThat(mailsTo(second, Y_MAIL)).isEqualTo(1);
			System.out.printf(
					"CrashOnH2IT: killed %d ms after the last acknowledged answer; restart ready %.1f s after the kill; "
							+ "link mails X %.1f s, Y %.1f s after ready%n",
					Duration.between(acknowledged, dead).toMillis(), seconds(dead, second.ready()),
					seconds(second.ready(), mails.get(X_MAIL).seenAt()),
					seconds(second.ready(), mails.get(Y_MAIL).seenAt()));
		}
		try (Connection db = database(directory)) {
			assertThat(successfulRuns(db, xJob.id())).as("X's link-mail job ran once").hasSize(1);
			assertThat(successfulRuns(db, yJob.id())).as("Y's link-mail job ran once").hasSize(1);
		}
	}

	private List<String> demo(int mailPort, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=" + DemoProfile.NAME,
				"--spring.mail.port=" + mailPort, "--password-center.node.name=" + NODE));
		arguments.addAll(List.of(more));
		return arguments;
	}

	private static Connection database(Path directory) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/password-center").toAbsolutePath(),
				"sa", "");
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

}
