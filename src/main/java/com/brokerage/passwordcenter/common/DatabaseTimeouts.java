package com.brokerage.passwordcenter.common;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Applies {@link DatabaseProperties} to the connection pool before it opens: a short wait
 * for a connection (Hikari waits 30 s by default, so an outage hung every request that
 * long and then answered 500), a short liveness check, and a statement timeout set on
 * every new connection, in the dialect of the database the URL names. A
 * {@code spring.datasource.hikari.connection-init-sql} of the operator's own wins.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

	private final ObjectProvider<DatabaseProperties> properties;

	DatabaseTimeouts(ObjectProvider<DatabaseProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			apply(this.properties.getObject(), pool);
		}
		return bean;
	}

	static void apply(DatabaseProperties database, HikariDataSource pool) {
		pool.setConnectionTimeout(database.poolWait().toMillis());
		pool.setValidationTimeout(database.validationTimeout().toMillis());
		String url = pool.getJdbcUrl();
		long statementMillis = database.statementTimeout().toMillis();
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			if (pool.getConnectionInitSql() == null) {
				pool.setConnectionInitSql("SET statement_timeout = " + statementMillis);
			}
			// a server that stops answering (not refusing) is given up on: connect within
			// the pool wait, and no read waits longer than a statement may run
			pool.addDataSourceProperty("connectTimeout", String.valueOf(seconds(database.poolWait().toMillis())));
			pool.addDataSourceProperty("socketTimeout", String.valueOf(seconds(statementMillis) + 5));
		}
		else if (url != null && url.startsWith("jdbc:h2:") && pool.getConnectionInitSql() == null) {
			pool.setConnectionInitSql("SET QUERY_TIMEOUT " + statementMillis);
		}
	}

	private static long seconds(long millis) {
		return Math.max(1, (millis + 999) / 1000);
	}

}
