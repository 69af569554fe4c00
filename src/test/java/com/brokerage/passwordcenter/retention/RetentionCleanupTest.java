package com.brokerage.passwordcenter.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.brokerage.passwordcenter.support.TestIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Our tables keep rows for their retention only (docs/operations.md, "Retention"). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RetentionCleanupTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	RetentionCleanup cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("R-OPS-4: rows past their retention are deleted, younger ones kept; two nodes at once delete each row once")
	void deletesWhatIsPastRetentionOnly() throws Exception {
		ZonedDateTime now = ZonedDateTime.now(TAIPEI);
		Instant auditCutoff = now.minus(Period.ofYears(5)).toInstant();
		List<Object[]> oldAudit = new ArrayList<>();
		for (int i = 0; i < 1100; i++) {
			oldAudit.add(new Object[] { Timestamp.from(auditCutoff.minus(Duration.ofDays(1 + i % 300))) });
		}
		this.jdbc.batchUpdate("insert into audit_record (occurred_at, actor_type, actor, action, channel, outcome)"
				+ " values (?, 'SYSTEM', 'retention-test', 'LOGIN', 'SYSTEM', 'OLD')", oldAudit);
		audit(auditCutoff.plus(Duration.ofDays(1)), "YOUNG");

		long customer = customer();
		String oldApplication = application(customer, now.minusDays(91).toInstant());
		String youngApplication = application(customer, now.minusDays(89).toInstant());
		String running = application(customer, null);
		passcode(oldApplication, now.minusDays(91).toInstant());
		passcode(youngApplication, now.minusHours(1).toInstant());
		String spent = UUID.randomUUID().toString();
		passcode(spent, now.minusDays(2).toInstant());
		String unificationOld = unification(customer, now.minusDays(91).toInstant());
		String unificationYoung = unification(customer, now.minusDays(10).toInstant());
		String key = UUID.randomUUID().toString().replace("-", "");
		dailyCount(key, now.toLocalDate().minusDays(3));
		dailyCount(key, now.toLocalDate().minusDays(1));
		dailyCount(key, now.toLocalDate());

		// two nodes at the same time
		CompletableFuture<Map<String, Integer>> nodeA = CompletableFuture.supplyAsync(this.cleanup::run);
		CompletableFuture<Map<String, Integer>> nodeB = CompletableFuture.supplyAsync(this.cleanup::run);
		Map<String, Integer> a = nodeA.get();
		Map<String, Integer> b = nodeB.get();

		assertThat(a.get("audit_record") + b.get("audit_record")).isEqualTo(1100);
		assertThat(count("select count(*) from audit_record where actor = 'retention-test' and outcome = 'OLD'"))
			.isZero();
		assertThat(count("select count(*) from audit_record where actor = 'retention-test' and outcome = 'YOUNG'"))
			.isEqualTo(1);
		assertThat(ids("select id from reissue_application where customer_ref = " + customer))
			.containsExactlyInAnyOrder(youngApplication, running);
		assertThat(ids("select application_id from passcode where application_id in ('" + oldApplication + "','"
				+ youngApplication + "','" + spent + "')"))
			.containsExactly(youngApplication);
		assertThat(ids("select id from unification_application where customer_ref = " + customer))
			.containsExactly(unificationYoung)
			.doesNotContain(unificationOld);
		assertThat(this.jdbc.queryForList(
				"select count_day from reissue_daily_count where id_key = ? order by count_day", LocalDate.class, key))
			.containsExactly(now.toLocalDate().minusDays(1), now.toLocalDate());
		// the run is audited, and the next one finds nothing to do
		assertThat(count("select count(*) from audit_record where action = 'RETENTION_CLEANUP'")).isPositive();
		assertThat(this.cleanup.run().values()).containsOnly(0);
	}

	private void audit(Instant at, String outcome) {
		this.jdbc.update("insert into audit_record (occurred_at, actor_type, actor, action, channel, outcome)"
				+ " values (?, 'SYSTEM', 'retention-test', 'LOGIN', 'SYSTEM', ?)", Timestamp.from(at), outcome);
	}

	private long customer() {
		String id = TestIds.nationalId();
		this.jdbc
			.update("insert into customer (customer_id, kind, birth_date, name, created_at) values (?, 'PERSON', ?,"
					+ " '保存測試', ?)", id, Date.valueOf("1980-01-01"), Timestamp.from(Instant.now()));
		return this.jdbc.queryForObject("select id from customer where customer_id = ?", Long.class, id);
	}

	private String application(long customer, Instant endedAt) {
		String id = UUID.randomUUID().toString();
		Instant applied = endedAt != null ? endedAt.minus(Duration.ofMinutes(10))
				: Instant.now().minus(Duration.ofDays(200));
		this.jdbc.update(
				"insert into reissue_application (id, customer_ref, path, applied_at, applied_on, status,"
						+ " ended_at) values (?, ?, 'WITH_CERTIFICATE', ?, ?, 'ENDED', ?)",
				id, customer, Timestamp.from(applied), Date.valueOf(LocalDate.ofInstant(applied, TAIPEI)),
				endedAt == null ? null : Timestamp.from(endedAt));
		return id;
	}

	private void passcode(String application, Instant expiresAt) {
		this.jdbc.update(
				"insert into passcode (application_id, code_hash, channel, sent_at, expires_at, state)"
						+ " values (?, 'x', 'SMS', ?, ?, 'USED')",
				application, Timestamp.from(expiresAt.minusSeconds(300)), Timestamp.from(expiresAt));
	}

	private String unification(long customer, Instant endedAt) {
		String id = UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into unification_application (id, customer_ref, status, started_at, ended_at)"
						+ " values (?, ?, 'ENDED', ?, ?)",
				id, customer, Timestamp.from(endedAt.minusSeconds(600)), Timestamp.from(endedAt));
		return id;
	}

	private void dailyCount(String key, LocalDate day) {
		this.jdbc.update("insert into reissue_daily_count (id_key, count_day, attempts) values (?, ?, 1)", key,
				Date.valueOf(day));
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private List<String> ids(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

}
