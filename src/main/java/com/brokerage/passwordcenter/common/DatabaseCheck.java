package com.brokerage.passwordcenter.common;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Asks the database whether it answers: a pooled connection, checked. Bounded by the pool
 * wait and the check's timeout ({@link DatabaseProperties}), so it never hangs.
 */
@Component
public class DatabaseCheck {

	private final DataSource dataSource;

	private final int checkSeconds;

	DatabaseCheck(DataSource dataSource, DatabaseProperties properties) {
		this.dataSource = dataSource;
		this.checkSeconds = (int) Math.max(1, properties.validationTimeout().toSeconds());
	}

	/** {@code null} if the database answers, else why not (types only). */
	public String problem() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(this.checkSeconds) ? null : "connection not valid";
		}
		catch (Exception ex) {
			return (DatabaseOutage.isCause(ex) ? "unavailable: " : "") + DatabaseOutage.describe(ex);
		}
	}

}
