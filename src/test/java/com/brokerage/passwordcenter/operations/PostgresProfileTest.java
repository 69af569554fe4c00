package com.brokerage.passwordcenter.operations;

import java.util.List;

import com.brokerage.passwordcenter.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postgres profile on a real PostgreSQL: our schema by the same Flyway migrations as
 * on H2, the engine's by the engine, sessions in the database, and nothing of the demo.
 */
@SpringBootTest
@PostgresTest
class PostgresProfileTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	IdentityService identity;

	@Test
	@DisplayName("the database is PostgreSQL and every Flyway migration ran on it")
	void migrationsRanOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		List<Boolean> applied = this.jdbc
			.queryForList("select success from flyway_schema_history where version is not null", Boolean.class);
		assertThat(applied).isNotEmpty().containsOnly(true);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_name = 'audit_record'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("the engine made its tables and deployed every diagram; sessions have their table")
	void engineAndSessionTables() {
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("passcode").count())
			.isPositive();
		assertThat(
				this.repository.createProcessDefinitionQuery().processDefinitionKey("reissue-with-certificate").count())
			.isPositive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_name in ('spring_session', 'spring_session_attributes')",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	@DisplayName("outside the demo profile: no demo customer and no demo user")
	void noDemoData() {
		assertThat(this.jdbc.queryForObject("select count(*) from customer where customer_id = 'A123456789'",
				Integer.class))
			.isZero();
		assertThat(this.identity.createUserQuery().userId("agent").count()).isZero();
	}

}
