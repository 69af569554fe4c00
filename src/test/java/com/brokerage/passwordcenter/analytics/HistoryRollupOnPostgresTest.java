package com.brokerage.passwordcenter.analytics;

import com.brokerage.passwordcenter.support.PostgresTest;

/**
 * {@link HistoryRollupTest} on a real PostgreSQL: the two nodes' lock
 * ({@code for update skip locked}), the reader's consistency and every count against the
 * raw history, on the production database.
 */
@PostgresTest
class HistoryRollupOnPostgresTest extends HistoryRollupTest {

}
