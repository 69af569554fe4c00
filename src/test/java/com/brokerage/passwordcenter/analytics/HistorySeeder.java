package com.brokerage.passwordcenter.analytics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's bulk generator: history rows shaped like real online reissues without
 * certificate (the steps, types, durations and endings of
 * bpmn/reissue-without-certificate and the passcode process it calls), written straight
 * into Camunda's history tables in batches — a million activity rows in minutes instead
 * of the hours real journeys would take. Deterministic (a fixed seed). Journeys start in
 * time order and their ids grow with it (as the engine writes history, and as its
 * time-based ids roughly do), each batch one transaction: random UUIDs in random order
 * scattered every batch over all pages of the history tables' dozen indexes, and an H2
 * file grew to 3.6 GB and broke on an internal assertion of its store.
 */
final class HistorySeeder {

	private static final String JOURNEY = "reissue-without-certificate";

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final String journeyDefinition;

	private final String passcodeDefinition;

	private final SplittableRandom random = new SplittableRandom(20261201);

	private final List<Object[]> instances = new ArrayList<>();

	private final List<Object[]> activities = new ArrayList<>();

	private final List<Object[]> incidents = new ArrayList<>();

	private long activityRows;

	private long ids;

	private final TransactionTemplate transactions;

	HistorySeeder(JdbcTemplate jdbc, PlatformTransactionManager transactions, String journeyDefinition,
			String passcodeDefinition) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.journeyDefinition = journeyDefinition;
		this.passcodeDefinition = passcodeDefinition;
	}

	/**
	 * Journeys started over the {@code days} before {@code now} until at least
	 * {@code rows} activity rows exist; returns the number of activity rows written.
	 */
	long seed(long rows, int days, Instant now) {
		// about 10.3 activity rows a journey: one start every (days / journeys) on
		// average
		long gapMillis = Math.max(1, Math.round(days * 86_400_000.0 / (rows / 10.26)));
		Instant start = now.minus(Duration.ofDays(days));
		while (this.activityRows + this.activities.size() < rows) {
			start = start.plusMillis(this.random.nextLong(2 * gapMillis));
			journey(start);
			if (this.activities.size() >= BATCH) {
				flush();
			}
		}
		flush();
		return this.activityRows;
	}

	private void journey(Instant start) {
		String root = id();
		Clock clock = new Clock(start);
		step(root, root, JOURNEY, this.journeyDefinition, "StartEvent_Applied", "申請", "startEvent", clock, 0);
		step(root, root, JOURNEY, this.journeyDefinition, "Task_CheckContactsOnFile", "檢查聯絡資料", "serviceTask", clock,
				20);
		step(root, root, JOURNEY, this.journeyDefinition, "Task_ChooseAccount", "選擇帳號", "userTask", clock, 25_000);
		int fate = this.random.nextInt(100);
		if (fate < 2) {
			// a link mail that ran out of retries: waits before the task, with an
			// incident
			this.incidents.add(new Object[] { id(), "reissue-without-certificate", this.journeyDefinition, root, root,
					Timestamp.from(clock.now()), "failedJob", "Task_SendLinkEmail",
					"mail to ch***@example.com failed: connection refused" });
			instance(root, start, null, null, "ACTIVE");
			return;
		}
		step(root, root, JOURNEY, this.journeyDefinition, "Task_SendLinkEmail", "寄送驗證連結信", "serviceTask", clock, 400);
		if (fate < 30) {
			step(root, root, JOURNEY, this.journeyDefinition, "Gateway_WaitForLink", null, "eventBasedGateway", clock,
					86_400_000);
			step(root, root, JOURNEY, this.journeyDefinition, "Timer_LinkExpired", "24 小時未開啟", "intermediateTimer",
					clock, 0);
			end(root, start, clock, "End_LinkExpired", "連結逾時，申請結束");
			return;
		}
		step(root, root, JOURNEY, this.journeyDefinition, "Gateway_WaitForLink", null, "eventBasedGateway", clock,
				600_000);
		step(root, root, JOURNEY, this.journeyDefinition, "Event_LinkOpened", "開啟連結", "intermediateMessageCatch", clock,
				0);
		step(root, root, JOURNEY, this.journeyDefinition, "Task_RequestPasscode", "取得暫時通行碼", "userTask", clock, 15_000);
		String passcode = id();
		step(root, passcode, "passcode", this.passcodeDefinition, "Task_SendPasscode", "產生並寄送暫時通行碼", "serviceTask",
				clock, 300);
		boolean voided = fate < 38;
		step(root, passcode, "passcode", this.passcodeDefinition, "Task_EnterPasscode", "輸入暫時通行碼", "userTask", clock,
				voided ? 90_000 : 45_000);
		if (voided) {
			end(root, start, clock, "End_PasscodeVoided", "通行碼錯誤過多，申請結束");
			return;
		}
		step(root, root, JOURNEY, this.journeyDefinition, "Task_SetNewPassword", "設定新密碼", "userTask", clock, 40_000);
		step(root, root, JOURNEY, this.journeyDefinition, "Task_NotifyPasswordChanged", "通知密碼已變更", "serviceTask", clock,
				500);
		end(root, start, clock, "End_PasswordReissued", "密碼補發完成");
	}

	private void step(String root, String instance, String key, String definition, String activity, String name,
			String type, Clock clock, long typicalMillis) {
		Instant begin = clock.now();
		long millis = (typicalMillis == 0) ? 0 : typicalMillis / 2 + this.random.nextLong(typicalMillis);
		Instant finish = clock.advance(Duration.ofMillis(millis));
		this.activities.add(new Object[] { id(), key, definition, root, instance, instance, activity, name, type,
				Timestamp.from(begin), Timestamp.from(finish), millis });
	}

	private void end(String root, Instant start, Clock clock, String endEvent, String name) {
		step(root, root, JOURNEY, this.journeyDefinition, endEvent, name, "noneEndEvent", clock, 0);
		instance(root, start, clock.now(), endEvent, "COMPLETED");
	}

	private void instance(String root, Instant start, Instant end, String endEvent, String state) {
		this.instances.add(new Object[] { root, root, id(), JOURNEY, this.journeyDefinition, Timestamp.from(start),
				(end != null) ? Timestamp.from(end) : null,
				(end != null) ? Duration.between(start, end).toMillis() : null, endEvent, root, state });
	}

	/** Ids in the order written, of a UUID's length. */
	private String id() {
		return String.format("seed-%031d", ++this.ids);
	}

	private void flush() {
		this.transactions.executeWithoutResult((status) -> write());
		this.activityRows += this.activities.size();
		this.instances.clear();
		this.activities.clear();
		this.incidents.clear();
	}

	private void write() {
		this.jdbc.batchUpdate("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
				+ " PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", this.instances);
		this.jdbc.batchUpdate("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
				+ " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", this.activities);
		this.jdbc.batchUpdate("insert into ACT_HI_INCIDENT (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
				+ " PROC_INST_ID_, CREATE_TIME_, INCIDENT_TYPE_, ACTIVITY_ID_, INCIDENT_MSG_)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", this.incidents);
	}

	/** The time inside one generated journey, step after step. */
	private static final class Clock {

		private Instant now;

		Clock(Instant start) {
			this.now = start;
		}

		Instant now() {
			return this.now;
		}

		Instant advance(Duration by) {
			this.now = this.now.plus(by);
			return this.now;
		}

	}

}
