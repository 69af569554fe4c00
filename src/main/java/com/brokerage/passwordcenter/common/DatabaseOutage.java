package com.brokerage.passwordcenter.common;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the database itself (gone, refusing, restarting, too slow) from
 * every other failure, by walking the causes: Hikari's pool wait, JDBC's connection and
 * timeout classes, and the SQL states PostgreSQL and H2 use for them. Spring, Hibernate,
 * MyBatis (the engine) and Spring Session each wrap these differently; the cause is the
 * same.
 */
public final class DatabaseOutage {

	/**
	 * 57P01–03 PostgreSQL shutting down / starting, 57014 statement cancelled (statement
	 * timeout), 53300 too many connections, 55P03 lock not available, HYT00 H2's lock or
	 * query timeout, 90067 H2's connection broken.
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300", "55P03", "HYT00",
			"90067");

	private DatabaseOutage() {
	}

	public static boolean isCause(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
					|| t instanceof SQLTimeoutException) {
				return true;
			}
			if (t instanceof SQLException sql && isOutageState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A failure of the persistence layer whose cause does not say why — e.g. Hibernate's
	 * "logical connection is closed" when the rollback after a terminated connection
	 * fails, which hides the first failure. Worth asking the database
	 * ({@link DatabaseCheck}) whether it is there.
	 */
	public static boolean mayBe(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			if (t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
					|| t instanceof org.springframework.transaction.TransactionException
					|| t instanceof jakarta.persistence.PersistenceException
					|| t instanceof org.hibernate.HibernateException
					|| t instanceof org.apache.ibatis.exceptions.PersistenceException
					|| t instanceof org.camunda.bpm.engine.ProcessEngineException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * For the log: the outer type and the innermost SQL failure's type and state, never a
	 * message (it could carry a statement's values).
	 */
	public static String describe(Throwable failure) {
		SQLException innermost = null;
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			if (t instanceof SQLException sql) {
				innermost = sql;
			}
		}
		if (innermost == null || innermost == failure) {
			return failure.getClass().getName() + ((innermost != null) ? " (" + innermost.getSQLState() + ")" : "");
		}
		return failure.getClass().getName() + " caused by " + innermost.getClass().getName() + " ("
				+ innermost.getSQLState() + ")";
	}

	private static boolean isOutageState(String state) {
		// class 08: connection exception (refused, broken, failed to connect)
		return state != null && (state.startsWith("08") || STATES.contains(state));
	}

}
