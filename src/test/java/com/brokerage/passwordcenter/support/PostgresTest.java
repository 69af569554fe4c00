package com.brokerage.passwordcenter.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A test against a real PostgreSQL: the {@code postgres} profile over the test settings,
 * run only by {@code mvn -B verify -Ppostgres-it} (.ci/run starts the database with
 * .ci/postgres).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(PostgresTest.TAG)
@ActiveProfiles({ "test", "postgres" })
@TestPropertySource(properties = PostgresTest.PASSWORD)
public @interface PostgresTest {

	String TAG = "postgres";

	/** The role .ci/postgres makes, unless the environment names another. */
	String PASSWORD = "spring.datasource.password=${PASSWORD_CENTER_DB_PASSWORD:password_center}";

}
