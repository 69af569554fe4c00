package com.brokerage.passwordcenter.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.PackagedApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash tests' journey: the online reissue without certificate up to "confirm
 * application" as docs/api.md's client sends it (step 1 → {@code 201}, the account →
 * {@code 200 WAITING_FOR_LINK}), which leaves an acknowledged application and one job,
 * the link mail ({@code Task_SendLinkEmail}); then what shows it survived: the mail in a
 * demo node's mailbox, its link opening the very application, and the rows in the
 * database.
 */
final class LinkMailApplications {

	static final String LINK_MAIL_TASK = "Task_SendLinkEmail";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	private LinkMailApplications() {
	}

	/**
	 * Step 1 and the account of a new browser; returns the application id once both are
	 * acknowledged.
	 */
	static String confirmApplication(HttpApiClient browser, String nationalId, String birthDate) throws IOException {
		assertThat(browser.get("/api/v1/reissues/info").statusCode()).isEqualTo(200);
		HttpResponse<String> started = browser.post("/api/v1/reissues",
				"{\"nationalId\":\"" + nationalId + "\",\"birthDate\":\"" + birthDate + "\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		JsonNode application = JSON.readTree(started.body());
		assertThat(application.path("path").asText()).isEqualTo("WITHOUT_CERTIFICATE");
		String id = application.path("applicationId").asText();
		long account = application.path("accounts").path(0).path("accountId").asLong();
		HttpResponse<String> confirmed = browser.post("/api/v1/reissues/" + id + "/account",
				"{\"accountId\":" + account + "}");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(JSON.readTree(confirmed.body()).path("step").asText()).isEqualTo("WAITING_FOR_LINK");
		return id;
	}

	/**
	 * Polls the node's demo mailbox until a mail has come for each of {@code recipients}.
	 * @return per recipient: when the test first saw it, and its link token
	 */
	static Map<String, Mail> awaitLinkMails(PackagedApp node, Set<String> recipients, Duration within)
			throws IOException, InterruptedException {
		HttpApiClient browser = node.browser();
		Map<String, Mail> seen = new HashMap<>();
		Instant deadline = Instant.now().plus(within);
		while (true) {
			HttpResponse<String> mailbox = browser.get("/dev/mailbox.json");
			assertThat(mailbox.statusCode()).isEqualTo(200);
			Instant now = Instant.now();
			for (JsonNode mail : JSON.readTree(mailbox.body())) {
				String to = mail.path("to").asText();
				Matcher token = TOKEN.matcher(mail.path("text").asText());
				for (String recipient : recipients) {
					if (to.contains(recipient) && !seen.containsKey(recipient) && token.find()) {
						seen.put(recipient, new Mail(now, token.group(1)));
					}
				}
			}
			if (seen.size() == recipients.size()) {
				break;
			}
			assertThat(now).as("link mails for %s within %s, got %s", recipients, within, seen.keySet())
				.isBefore(deadline);
			Thread.sleep(200);
		}
		return seen;
	}

	/** How many mails the node's demo mailbox holds for {@code recipient}. */
	static long mailsTo(PackagedApp node, String recipient) throws IOException {
		long count = 0;
		for (JsonNode mail : JSON.readTree(node.browser().get("/dev/mailbox.json").body())) {
			if (mail.path("to").asText().contains(recipient)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The customer opens the link in a new browser and presses "繼續": the application it
	 * belongs to, at {@code REQUEST_PASSCODE}.
	 */
	static String openLink(PackagedApp node, String token) throws IOException {
		HttpApiClient browser = node.browser();
		assertThat(browser.get("/api/v1/reissues/info").statusCode()).isEqualTo(200);
		HttpResponse<String> opened = browser.post("/api/v1/reissues/links", "{\"token\":\"" + token + "\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		JsonNode application = JSON.readTree(opened.body());
		assertThat(application.path("step").asText()).isEqualTo("REQUEST_PASSCODE");
		return application.path("applicationId").asText();
	}

	/**
	 * The application's rows: {@code reissue_application} (status), its process instance
	 * and its {@code REISSUE_APPLY} audit record.
	 */
	static void assertStored(Connection db, String applicationId) throws SQLException {
		assertThat(single(db, "select status from reissue_application where id = ?", applicationId))
			.as("reissue_application %s", applicationId)
			.isEqualTo("OPEN");
		String processInstance = single(db, "select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", applicationId);
		assertThat(processInstance).as("process instance of %s", applicationId).isNotNull();
		assertThat(single(db,
				"select count(*) from audit_record where action = 'REISSUE_APPLY' " + "and process_instance_id = ?",
				processInstance))
			.as("REISSUE_APPLY audit record of %s", applicationId)
			.isEqualTo("1");
	}

	/** The application's link-mail job as the database holds it. */
	static LinkJob linkJob(Connection db, String applicationId) throws SQLException {
		try (PreparedStatement query = db.prepareStatement("select j.ID_, j.LOCK_OWNER_, j.LOCK_EXP_TIME_ "
				+ "from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ "
				+ "join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ "
				+ "where e.BUSINESS_KEY_ = ? and d.ACT_ID_ = ?")) {
			query.setString(1, applicationId);
			query.setString(2, LINK_MAIL_TASK);
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).as("a link-mail job of %s", applicationId).isTrue();
				Timestamp expiry = row.getTimestamp(3);
				return new LinkJob(row.getString(1), row.getString(2), (expiry != null) ? expiry.toInstant() : null);
			}
		}
	}

	/**
	 * When the job succeeded, once per success (the engine's job log, history level
	 * full).
	 */
	static List<Instant> successfulRuns(Connection db, String jobId) throws SQLException {
		List<Instant> runs = new ArrayList<>();
		try (PreparedStatement query = db
			.prepareStatement("select TIMESTAMP_ from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2")) {
			query.setString(1, jobId);
			try (ResultSet row = query.executeQuery()) {
				while (row.next()) {
					runs.add(row.getTimestamp(1).toInstant());
				}
			}
		}
		return runs;
	}

	private static String single(Connection db, String sql, String parameter) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? row.getString(1) : null;
			}
		}
	}

	/** A link mail as the test first saw it in the mailbox. */
	record Mail(Instant seenAt, String token) {
	}

	/** The link-mail job: its lock owner and lock expiry ({@code null} when unlocked). */
	record LinkJob(String id, String lockOwner, Instant lockExpiry) {
	}

}
