package com.brokerage.passwordcenter.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.brokerage.passwordcenter.demo.DemoProfile;
import com.brokerage.passwordcenter.operations.LinkMailApplications.LinkJob;
import com.brokerage.passwordcenter.operations.LinkMailApplications.Mail;
import com.brokerage.passwordcenter.support.MasterFiles;
import com.brokerage.passwordcenter.support.PackagedApp;
import com.brokerage.passwordcenter.support.PostgresTest;
import com.brokerage.passwordcenter.support.StallingSmtpServer;
import com.brokerage.passwordcenter.support.TestIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static com.brokerage.passwordcenter.operations.LinkMailApplications.assertStored;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.awaitLinkMails;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.confirmApplication;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.linkJob;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.openLink;
import static com.brokerage.passwordcenter.operations.LinkMailApplications.successfulRuns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, acceptance 4 on a cluster: two nodes of the packaged jar on one PostgreSQL
 * (the demo profile over the postgres one, for its dev PKI and mail sink), each with its
 * own node name (docs/operations.md, "Node death and restart").
 * <ol>
 * <li>Node B takes application Y's link-mail job (its relay stalls at {@code MAIL FROM})
 * and is killed with {@code kill -9} holding the lock; this killed run locks for 10
 * minutes instead of 60 s, so a restart that waited out its old lock could not pass.</li>
 * <li>Node A, booted meanwhile, takes application X's job the same way, under the
 * engine's real 60 s lock, and is killed too.</li>
 * <li>B, restarted under its name (sending to its own demo mail sink), runs Y at once,
 * leaves X alone while A's lock lives, and takes X over when it expires.</li>
 * </ol>
 * Three starts; A's lock runs out while B restarts. The database is the one of
 * {@code .ci/postgres} (PASSWORD_CENTER_DB_URL, _USER, _PASSWORD).
 */
@Tag(PostgresTest.TAG)
class CrashOnPostgresIT {

	private static final String NODE_A = "crash-a";

	private static final String NODE_B = "crash-b";

	private static final Duration B_KILLED_RUNS_LOCK = Duration.ofMinutes(10);

	private static final String URL = System.getenv()
		.getOrDefault("PASSWORD_CENTER_DB_URL", "jdbc:postgresql://localhost:5432/password_center");

	private static final String USER = System.getenv().getOrDefault("PASSWORD_CENTER_DB_USER", "password_center");

	private static final String PASSWORD = System.getenv()
		.getOrDefault("PASSWORD_CENTER_DB_PASSWORD", "password_center");

	@Test
	@DisplayName("kill -9 on two nodes: the survivor takes a dead node's R-REISSUE-6 link-mail job when its lock "
			+ "expires, a restarted node runs its own old job at once, nothing acknowledged is lost")
	void killNineOnTwoNodes() throws Exception {
		ExecutorService background = Executors.newSingleThreadExecutor();
		List<PackagedApp> nodes = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
				StallingSmtpServer relayA = new StallingSmtpServer();
				StallingSmtpServer relayB = new StallingSmtpServer()) {
			Path run = PackagedApp.freshDirectory("crash-on-postgres");
			Path a = run.resolve("a");
			Path b = run.resolve("b");
			int portB = PackagedApp.freePort();
			PackagedApp nodeB = node(nodes, b, portB, NODE_B, relayB.port(),
					"--spring.mail.host=" + StallingSmtpServer.HOST,
					"--camunda.bpm.job-execution.lock-time-in-millis=" + B_KILLED_RUNS_LOCK.toMillis());
			Customer cx = Customer.insert(db, "x");
			Customer cy = Customer.insert(db, "y");
			// A boots while B works; it cannot take Y's job, which B holds for 10 minutes
			Future<PackagedApp> bootingA = background.submit(() -> node(nodes, a, PackagedApp.freePort(), NODE_A,
					relayA.port(), "--spring.mail.host=" + StallingSmtpServer.HOST));

			String y = confirmApplication(nodeB.browser(), cy.id(), Customer.BIRTH_DATE_TEXT);
			LinkJob yLocked = awaitLock(db, y, NODE_B);
			Instant bDead = nodeB.kill();
			assertThat(yLocked.lockExpiry()).isAfter(bDead.plus(B_KILLED_RUNS_LOCK).minusSeconds(60));

			PackagedApp nodeA = bootingA.get(5, TimeUnit.MINUTES);
			String x = confirmApplication(nodeA.browser(), cx.id(), Customer.BIRTH_DATE_TEXT);
			LinkJob xLocked = awaitLock(db, x, NODE_A);
			Instant aDead = nodeA.kill();
			assertThat(xLocked.lockExpiry()).as("the engine's 60 s lock").isBefore(aDead.plusSeconds(60));
			assertStored(db, x);
			assertStored(db, y);
			assertThat(linkJob(db, y)).as("Y still locked by dead B").isEqualTo(yLocked);

			// B again, under its name, sending to its own demo mail sink; A died before B
			// released its old locks, so Y can only be B's
			PackagedApp restartedB = node(nodes, b, portB, NODE_B, PackagedApp.freePort());
			Instant takeOverDue = latest(xLocked.lockExpiry(), restartedB.ready());
			Map<String, Mail> mails = awaitLinkMails(restartedB, Set.of(cx.email(), cy.email()), Duration
				.between(Instant.now(), latest(takeOverDue.plusSeconds(30), restartedB.ready().plusSeconds(60))));
			Instant ySent = mails.get(cy.email()).seenAt();
			assertThat(ySent).as("Y within a minute of B's restart")
				.isBefore(restartedB.ready().plusSeconds(60))
				.as("Y before B's old lock expired")
				.isBefore(yLocked.lockExpiry());
			assertThat(restartedB.log()).containsPattern("job lock owner " + NODE_B + "; released [1-9]\\d* job locks");
			Instant xSent = mails.get(cx.email()).seenAt();
			assertThat(xSent).as("X taken over once A's lock expired (or B was back)")
				.isBefore(takeOverDue.plusSeconds(30));
			List<Instant> xRuns = awaitSuccess(db, xLocked.id());
			assertThat(xRuns).as("X's link-mail job ran once").hasSize(1);
			assertThat(xRuns.get(0)).as("nobody ran X while A's lock lived").isAfter(xLocked.lockExpiry());
			assertThat(awaitSuccess(db, yLocked.id())).as("Y's link-mail job ran once").hasSize(1);
			assertThat(openLink(restartedB, mails.get(cx.email()).token())).isEqualTo(x);
			assertThat(openLink(restartedB, mails.get(cy.email()).token())).isEqualTo(y);
			System.out.printf(
					"CrashOnPostgresIT: X taken over %.1f s after A's death (%.1f s after its lock expired); "
							+ "B restarted ready %.1f s after its death, Y sent %.1f s after ready%n",
					seconds(aDead, xSent), seconds(xLocked.lockExpiry(), xSent), seconds(bDead, restartedB.ready()),
					seconds(restartedB.ready(), ySent));
		}
		finally {
			background.shutdownNow();
			for (PackagedApp node : nodes) {
				node.close();
			}
		}
	}

	private static PackagedApp node(List<PackagedApp> nodes, Path directory, int port, String name, int mailPort,
			String... more) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=" + DemoProfile.NAME + ",postgres",
				"--spring.mail.port=" + mailPort, "--password-center.node.name=" + name));
		arguments.addAll(List.of(more));
		PackagedApp node = PackagedApp.start(directory, port, Map.of("PASSWORD_CENTER_DB_URL", URL,
				"PASSWORD_CENTER_DB_USER", USER, "PASSWORD_CENTER_DB_PASSWORD", PASSWORD), arguments);
		synchronized (nodes) {
			nodes.add(node);
		}
		return node;
	}

	/**
	 * Waits until the application's link-mail job is locked by {@code node}: taken by it,
	 * and stalled at its relay's {@code MAIL FROM}, it stays so until the node dies.
	 */
	private static LinkJob awaitLock(Connection db, String applicationId, String node) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			LinkJob job = linkJob(db, applicationId);
			if (node.equals(job.lockOwner())) {
				return job;
			}
			assertThat(Instant.now())
				.as("%s's link-mail job locked by %s, not %s", applicationId, node, job.lockOwner())
				.isBefore(deadline);
			Thread.sleep(50);
		}
	}

	/**
	 * The job's successful runs once there is one: its transaction commits after the
	 * send.
	 */
	private static List<Instant> awaitSuccess(Connection db, String jobId) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		List<Instant> runs = successfulRuns(db, jobId);
		while (runs.isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			runs = successfulRuns(db, jobId);
		}
		return runs;
	}

	private static Instant latest(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	/**
	 * A customer of this run (a fresh ID, so the daily limit of a reused database never
	 * bites), written as the bank's systems would, with both contacts on file and a
	 * securities account: what the reissue without certificate needs.
	 */
	private record Customer(String id, String email) {

		static final String BIRTH_DATE_TEXT = "19800101";

		static Customer insert(Connection db, String tag) throws SQLException {
			String id = TestIds.nationalId();
			String email = "crash-" + tag + "-" + id.toLowerCase() + "@example.com";
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement customer = db
				.prepareStatement("insert into customer (customer_id, kind, birth_date, name, mobile, email, "
						+ "created_at) values (?, 'PERSON', ?, '當機測試', '0912345678', ?, ?)")) {
				customer.setString(1, id);
				customer.setObject(2, LocalDate.of(1980, 1, 1));
				customer.setString(3, email);
				customer.setTimestamp(4, now);
				customer.executeUpdate();
			}
			try (PreparedStatement account = db.prepareStatement("insert into account (customer_ref, business_line, "
					+ "branch_code, branch_name, account_number, voice_password_hash, password_changed_at) "
					+ "select id, 'SECURITIES', '9A95', '台北分公司', ?, ?, ? from customer where customer_id = ?")) {
				account.setString(1, MasterFiles.accountNumber());
				account.setString(2, "{bcrypt}" + new BCryptPasswordEncoder(4).encode("0000000"));
				account.setTimestamp(3, now);
				account.setString(4, id);
				account.executeUpdate();
			}
			return new Customer(id, email);
		}

	}

}
