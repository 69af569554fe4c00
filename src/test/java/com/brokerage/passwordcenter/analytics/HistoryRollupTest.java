package com.brokerage.passwordcenter.analytics;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily roll-up against the raw history it folds: a hand-made history of 46 reissues
 * over four days (two journey versions; ended long ago, just now and not at all; three
 * that ended at the same instant; two either side of a midnight; a passcode entered
 * twice; an incident open, one closed) whose funnels and step times are first computed
 * from raw history alone, then again with the roll-up, run once, twice, on two threads at
 * once, and while funnels are being read. The roll-up under test folds in batches of 4,
 * at most 3 a run, so every run crosses batch edges.
 */
// the context of ChangeApiTest (one start for both); its journeys run on other days
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryRollupTest {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	static final LocalDate FIRST = LocalDate.of(2026, 11, 18);

	static final LocalDate LAST = LocalDate.of(2026, 11, 21);

	/** Noon of the last day: the roll-up's cut-off is 11:55 (lag PT5M). */
	static final Instant NOW = LAST.atTime(12, 0).atZone(TAIPEI).toInstant();

	static final int INSTANCES = 46;

	/**
	 * A step only the two running journeys took (as after a diagram change): never rolled
	 * up.
	 */
	static final String ONLY_RAW = "Task_ConfirmIdentity";

	/** The application's roll-up (batches of 1000). */
	@Autowired
	HistoryRollup scheduledRollup;

	@Autowired
	AnalyticsProperties properties;

	@Autowired
	PasswordCenterProperties center;

	@Autowired
	PlatformTransactionManager transactions;

	private HistoryRollup rollup;

	@Autowired
	JourneyAnalytics analytics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	MutableClock clock;

	private HistoryRows rows;

	private String secondVersion;

	private Funnel rawFunnel;

	private List<StepTime> rawTimes;

	private final Map<LocalDate, Funnel> rawDays = new HashMap<>();

	@BeforeAll
	void history() {
		AnalyticsProperties p = this.properties;
		this.rollup = new HistoryRollup(
				this.jdbc, this.transactions, new AnalyticsProperties(p.stuckAfter(), p.maxPeriod(), p.gaugeRefresh(),
						p.maxStuckRows(), true, p.rollupEvery(), p.rollupLag(), 4, 3, p.rollupKeep()),
				this.center, this.clock);
		this.rows = new HistoryRows(this.jdbc);
		this.rows.deleteAll();
		String first = definition(1);
		this.secondVersion = this.repository.createDeployment()
			.name(HistoryRows.PREFIX + "v2")
			.addClasspathResource("bpmn/reissue-without-certificate.bpmn")
			.deploy()
			.getId();
		String second = this.repository.createProcessDefinitionQuery()
			.deploymentId(this.secondVersion)
			.singleResult()
			.getId();
		mix(first, second);
		reset();
		this.clock.set(NOW);
		this.rawFunnel = funnel(FIRST, LAST);
		this.rawTimes = times();
		for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
			this.rawDays.put(day, funnel(day, day));
		}
	}

	@AfterAll
	void removeHistory() {
		this.rows.deleteAll();
		this.repository.deleteDeployment(this.secondVersion, true);
		reset();
	}

	@BeforeEach
	void freshRollup() {
		reset();
		this.clock.set(NOW);
	}

	@Test
	@DisplayName("raw history alone: the mix as made, exact percentiles")
	void rawAlone() {
		assertThat(this.rawFunnel.started()).isEqualTo(INSTANCES);
		assertThat(this.rawFunnel.running()).isEqualTo(2);
		assertThat(this.rawFunnel.openIncidents()).isEqualTo(1);
		assertThat(this.rawFunnel.withIncident()).isEqualTo(2);
		assertThat(this.rawTimes).isNotEmpty().noneMatch(StepTime::approximate);
		assertThat(this.rawTimes).extracting(StepTime::journeyVersion).contains(1, 2);
	}

	@Test
	@DisplayName("after a roll-up: every count, percentage, outcome and day of the funnel is the raw one")
	void funnelAsRaw() {
		rollUpAll();

		assertThat(rolledUp()).isEqualTo(INSTANCES - 3);
		assertThat(funnel(FIRST, LAST)).isEqualTo(this.rawFunnel);
		for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
			assertThat(funnel(day, day)).isEqualTo(rawDay(day));
		}
	}

	@Test
	@DisplayName("after a roll-up: step counts and max exact, p50 / p90 within 5 % of percentile_cont, marked approximate")
	void stepTimesWithinTheError() {
		rollUpAll();

		List<StepTime> rolled = times();
		assertThat(rolled).hasSameSizeAs(this.rawTimes);
		for (int i = 0; i < rolled.size(); i++) {
			StepTime exact = this.rawTimes.get(i);
			StepTime approximate = rolled.get(i);
			if (exact.activityId().equals(ONLY_RAW)) {
				// exact as before, from the raw durations: 12 s and 30 s
				assertThat(approximate).isEqualTo(exact);
				assertThat(exact.p50Millis()).isEqualTo(21_000);
				assertThat(exact.p90Millis()).isEqualTo(28_200);
				continue;
			}
			assertThat(approximate).usingRecursiveComparison()
				.ignoringFields("p50Millis", "p90Millis", "approximate")
				.isEqualTo(exact);
			assertThat(approximate.approximate()).isTrue();
			assertThat(approximate.p50Millis()).isCloseTo(exact.p50Millis(), within(exact.p50Millis()));
			assertThat(approximate.p90Millis()).isCloseTo(exact.p90Millis(), within(exact.p90Millis()));
		}
	}

	@Test
	@DisplayName("the roll-up run twice, and again later: each instance folded once; the one that ended late follows")
	void twice() {
		rollUpAll();
		assertThat(rollUpAll()).isZero();
		assertThat(rolledUp()).isEqualTo(INSTANCES - 3);
		assertThat(funnel(FIRST, LAST)).isEqualTo(this.rawFunnel);

		// the one that ended at 11:58 is past the cut-off until the clock moves on
		this.clock.advance(Duration.ofMinutes(10));
		rollUpAll();
		assertThat(rolledUp()).isEqualTo(INSTANCES - 2);
		assertThat(funnel(FIRST, LAST)).isEqualTo(this.rawFunnel);
	}

	@Test
	@DisplayName("two nodes rolling up at once (two threads, one database): each instance folded exactly once")
	void twoAtOnce() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Integer> node = () -> {
				start.await();
				int total = 0;
				// each goes on until all is folded; a run that finds the other's lock
				// folds 0
				for (int run = 0; run < 500 && rolledUp() < INSTANCES - 3; run++) {
					total += this.rollup.run();
				}
				return total;
			};
			Future<Integer> one = nodes.submit(node);
			Future<Integer> two = nodes.submit(node);
			start.countDown();

			// what the two say they folded is what the mark counts, and what the rows
			// hold
			assertThat((long) one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS)).isEqualTo(folded());
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(rolledUp()).isEqualTo(INSTANCES - 3);
		assertThat(this.jdbc.queryForObject("select sum(instances) from analytics_rollup_outcome", Long.class))
			.isEqualTo(folded());
		assertThat(funnel(FIRST, LAST)).isEqualTo(this.rawFunnel);
	}

	@Test
	@DisplayName("a node that finds the roll-up's lock held by another folds nothing and does not wait for it")
	void lockHeldElsewhere() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try {
			// the other node, in the middle of a batch
			Future<?> other = nodes
				.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.jdbc.queryForList("select id from analytics_rollup_mark where id = 1 for update");
					held.countDown();
					await(release);
				}));
			held.await(30, TimeUnit.SECONDS);

			assertThat(nodes.submit(this.rollup::run).get(10, TimeUnit.SECONDS)).isZero();
			assertThat(rolledUp()).isZero();
			release.countDown();
			other.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			nodes.shutdownNow();
		}
		rollUpAll();
		assertThat(rolledUp()).isEqualTo(INSTANCES - 3);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	@DisplayName("funnels read while the roll-up folds batch after batch: every answer is the raw one")
	void readWhileFolding() throws Exception {
		ExecutorService reader = Executors.newSingleThreadExecutor();
		AtomicBoolean folding = new AtomicBoolean(true);
		try {
			Future<List<Funnel>> answers = reader.submit(() -> {
				List<Funnel> seen = new ArrayList<>();
				while (folding.get() || seen.isEmpty()) {
					seen.add(funnel(FIRST, LAST));
				}
				return seen;
			});
			rollUpAll();
			folding.set(false);

			assertThat(answers.get(60, TimeUnit.SECONDS))
				.allSatisfy((funnel) -> assertThat(funnel).isEqualTo(this.rawFunnel));
		}
		finally {
			reader.shutdownNow();
		}
	}

	@Test
	@DisplayName("period edges: started 23:59:30 counts on its day, 00:00:30 on the next (Asia/Taipei), rolled up or not")
	void midnight() {
		LocalDate before = LAST.minusDays(1);
		assertThat(rawDay(before).started()).isEqualTo(2);
		assertThat(rawDay(LAST).started()).isEqualTo(3);
		assertThat(rawDay(LAST).outcomes()).extracting(Funnel.Outcome::endEvent).contains("End_PasscodeVoided");

		rollUpAll();
		assertThat(funnel(before, before)).isEqualTo(rawDay(before));
		assertThat(funnel(LAST, LAST)).isEqualTo(rawDay(LAST));
		assertThat(this.jdbc.queryForList("select start_day from analytics_rollup_outcome where outcome = ?",
				LocalDate.class, "COMPLETED:End_PasscodeVoided"))
			.contains(LAST);
	}

	@Test
	@DisplayName("a passcode entered twice: the instance reaches the step once, both executions are timed")
	void reachedOnce() {
		rollUpAll();

		long entered = step(funnel(FIRST, LAST), "Task_EnterPasscode").reached();
		long finishedExecutions = this.rawTimes.stream()
			.filter((time) -> time.activityId().equals("Task_EnterPasscode"))
			.mapToLong(StepTime::count)
			.sum();
		assertThat(finishedExecutions).isEqualTo(entered + 1);
		assertThat(times().stream()
			.filter((time) -> time.activityId().equals("Task_EnterPasscode"))
			.mapToLong(StepTime::count)
			.sum()).isEqualTo(finishedExecutions);
	}

	@Test
	@DisplayName("the scheduled run folds; days older than rollup-keep (P180D) are dropped from the roll-up")
	void scheduledAndKept() {
		this.scheduledRollup.scheduled();
		assertThat(rolledUp()).isEqualTo(INSTANCES - 3);

		this.clock.set(FIRST.plusDays(181).atTime(LocalTime.NOON).atZone(TAIPEI).toInstant());
		this.rollup.run();
		assertThat(this.jdbc.queryForList("select distinct start_day from analytics_rollup_step", LocalDate.class))
			.isNotEmpty()
			.allMatch((day) -> !day.isBefore(FIRST.plusDays(1)));
		assertThat(this.jdbc.queryForObject("select count(*) from analytics_rollup_duration where start_day < ?",
				Long.class, FIRST.plusDays(1)))
			.isZero();
	}

	@Test
	@DisplayName("the history indexes of the analytics (HistoryIndexes) exist once the engine is up")
	void indexes() {
		List<String> wanted = HistoryIndexes.STATEMENTS.stream()
			.map((statement) -> statement.replaceAll(".* exists (\\S+) on .*", "$1"))
			.toList();
		List<String> present = new ArrayList<>();
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "act_hi_procinst", "act_hi_actinst")) {
				try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
					while (index.next()) {
						present.add(String.valueOf(index.getString("INDEX_NAME")).toUpperCase(Locale.ROOT));
					}
				}
			}
			return null;
		});
		assertThat(wanted).hasSize(4);
		assertThat(present).containsAll(wanted);
	}

	private static org.assertj.core.data.Offset<Long> within(long exact) {
		return org.assertj.core.data.Offset.offset(Math.round(exact * DurationHistogram.MAX_RELATIVE_ERROR) + 1);
	}

	private Funnel rawDay(LocalDate day) {
		return this.rawDays.get(day);
	}

	/** Runs the roll-up until it has nothing left to fold; the instances it folded. */
	private int rollUpAll() {
		int total = 0;
		for (int folded = this.rollup.run(); folded > 0; folded = this.rollup.run()) {
			total += folded;
		}
		return total;
	}

	private static Funnel.Step step(Funnel funnel, String activity) {
		return funnel.steps().stream().filter((step) -> step.activityId().equals(activity)).findFirst().orElseThrow();
	}

	private Funnel funnel(LocalDate from, LocalDate to) {
		return this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, from, to);
	}

	private List<StepTime> times() {
		return this.analytics.stepTimes(Journey.REISSUE_WITHOUT_CERTIFICATE, FIRST, LAST);
	}

	/** The instances of the mix folded so far. */
	private long rolledUp() {
		return this.jdbc.queryForObject(
				"select coalesce(sum(instances), 0) from analytics_rollup_outcome"
						+ " where journey = ? and start_day between ? and ?",
				Long.class, KnownMix.JOURNEY, FIRST, LAST);
	}

	/** Every instance the roll-up has folded (the mark's count). */
	private long folded() {
		return this.jdbc.queryForObject("select instances from analytics_rollup_mark where id = 1", Long.class);
	}

	/** The roll-up as on a new database: nothing folded. */
	private void reset() {
		this.jdbc.update("delete from analytics_rollup_outcome");
		this.jdbc.update("delete from analytics_rollup_step");
		this.jdbc.update("delete from analytics_rollup_duration");
		this.jdbc.update("update analytics_rollup_mark set ended_at = timestamp '1970-01-01 00:00:00',"
				+ " instance_id = '', instances = 0, revision = revision + 1 where id = 1");
	}

	private String definition(int version) {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(KnownMix.JOURNEY)
			.processDefinitionVersion(version)
			.singleResult()
			.getId();
	}

	private void mix(String first, String second) {
		SplittableRandom random = new SplittableRandom(20261121);
		// 36 journeys, one every 80 minutes over the first two days, in six fates
		for (int i = 0; i < 36; i++) {
			Instant start = FIRST.atTime(0, 20).atZone(TAIPEI).toInstant().plus(Duration.ofMinutes(80L * i));
			HistoryRows.Instance journey = this.rows.start(String.format("j%02d", i), (i % 3 == 0) ? second : first,
					start);
			switch (i % 6) {
				case 3 -> linkExpired(journey, random);
				case 4 -> voided(journey, random, 1);
				default -> completed(journey, random, null);
			}
		}
		completed(this.rows.start("edge-before", first, local(LAST.minusDays(1), 23, 59, 30)), random, null);
		voided(this.rows.start("edge-after", first, local(LAST, 0, 0, 30)), random, 1);
		toLink(this.rows.start("incident-open", first, local(FIRST.plusDays(1), 9, 10, 0)), random)
			.step(ONLY_RAW, "確認身分", "userTask", 12_000)
			.incident("Task_SendLinkEmail", true)
			.running();
		toLink(this.rows.start("waiting", first, local(LAST, 11, 30, 0)), random)
			.step(ONLY_RAW, "確認身分", "userTask", 30_000)
			.waitingAt("Gateway_WaitForLink", null, "eventBasedGateway")
			.running();
		completed(this.rows.start("late", first, local(LAST, 11, 0, 0)), random, local(LAST, 11, 58, 0));
		for (int i = 1; i <= 3; i++) {
			completed(this.rows.start("tie-" + i, second, local(FIRST.plusDays(1), 7, 0, 0)), random,
					local(FIRST.plusDays(2), 8, 0, 0));
		}
		voided(this.rows.start("twice", first, local(FIRST.plusDays(1), 14, 0, 0)), random, 2);
		toLink(this.rows.start("cancelled", first, local(LAST.minusDays(1), 10, 0, 0)), random)
			.incident("Task_SendLinkEmail", false)
			.cancelled();
	}

	private static Instant local(LocalDate day, int hour, int minute, int second) {
		return day.atTime(hour, minute, second).atZone(TAIPEI).toInstant();
	}

	private static long around(SplittableRandom random, long typical) {
		return typical / 2 + random.nextLong(typical);
	}

	private static HistoryRows.Instance toLink(HistoryRows.Instance journey, SplittableRandom random) {
		return journey.step("Task_CheckContactsOnFile", "檢查聯絡資料", "serviceTask", around(random, 20))
			.step("Task_ChooseAccount", "選擇帳號", "userTask", around(random, 25_000))
			.step("Task_SendLinkEmail", "寄送驗證連結信", "serviceTask", around(random, 400));
	}

	private static HistoryRows.Instance toPasscode(HistoryRows.Instance journey, SplittableRandom random) {
		return toLink(journey, random).step("Gateway_WaitForLink", null, "eventBasedGateway", around(random, 600_000))
			.step("Event_LinkOpened", "開啟連結", "intermediateMessageCatch", 0)
			.step("Task_RequestPasscode", "取得暫時通行碼", "userTask", around(random, 15_000))
			.passcode("Task_SendPasscode", "產生並寄送暫時通行碼", "serviceTask", around(random, 300));
	}

	private static void completed(HistoryRows.Instance journey, SplittableRandom random, Instant end) {
		toPasscode(journey, random).passcode("Task_EnterPasscode", "輸入暫時通行碼", "userTask", around(random, 45_000))
			.step("Task_SetNewPassword", "設定新密碼", "userTask", around(random, 40_000))
			.step("Task_NotifyPasswordChanged", "通知密碼已變更", "serviceTask", around(random, 500))
			.completed("End_PasswordReissued", "密碼補發完成", end);
	}

	private static void linkExpired(HistoryRows.Instance journey, SplittableRandom random) {
		toLink(journey, random).step("Gateway_WaitForLink", null, "eventBasedGateway", 86_400_000)
			.step("Timer_LinkExpired", "24 小時未開啟", "intermediateTimer", 0)
			.completed("End_LinkExpired", "連結逾時，申請結束", null);
	}

	private static void voided(HistoryRows.Instance journey, SplittableRandom random, int entries) {
		HistoryRows.Instance steps = toPasscode(journey, random);
		for (int i = 0; i < entries; i++) {
			steps = steps.passcode("Task_EnterPasscode", "輸入暫時通行碼", "userTask", around(random, 90_000));
		}
		steps.completed("End_PasscodeVoided", "通行碼錯誤過多，申請結束", null);
	}

}
