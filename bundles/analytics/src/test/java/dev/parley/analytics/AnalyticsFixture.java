package dev.parley.analytics;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** A fresh store database with the store's and the analytics schema, for one test. */
final class AnalyticsFixture implements AutoCloseable {

    /** Monday 2 March 2026, 10:00 UTC: the hand-made conversations start here. */
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    final TestDatabase database;
    final ConnectionPool pool;

    AnalyticsFixture(Backend backend, Path folder) {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate("parley", ConnectionPool.class.getClassLoader(), "db/parley");
        pool.migrate(AnalyticsComponent.MODULE, AnalyticsComponent.class.getClassLoader(), AnalyticsComponent.SCRIPTS);
    }

    /** Before every hand-made conversation: the rollup's clock, as if it had run just before they were written. */
    static final Instant ROLLUP_CLOCK = T.minus(Duration.ofDays(365));

    /**
     * The service as the component builds it, its rollup backfilled (over whatever is stored yet)
     * at {@link #ROLLUP_CLOCK}, so that it takes in every conversation the test writes afterwards.
     */
    JdbcServiceAnalytics analytics(Targets targets, Instant now) {
        ConversationRollup rollup = rollup(Clock.fixed(ROLLUP_CLOCK, ZoneOffset.UTC), 7);
        try {
            rollup.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JdbcServiceAnalytics(pool.dataSource(), pool.dialect(), targets, Clock.fixed(now, ZoneOffset.UTC),
                rollup);
    }

    /** The reference: every figure read from the store's tables, as before the rollup. */
    JdbcServiceAnalytics live(Targets targets, Instant now) {
        return new JdbcServiceAnalytics(pool.dataSource(), pool.dialect(), targets, Clock.fixed(now, ZoneOffset.UTC),
                null);
    }

    ConversationRollup rollup(Clock clock, int batchSize) {
        return new ConversationRollup(pool.dataSource(), pool.dialect(), clock, batchSize, Duration.ofSeconds(120));
    }

    @Override
    public void close() throws Exception {
        pool.close();
        database.close();
    }

    /** A configuration as ConfigAdmin would give it, with the targets of a test. */
    static AnalyticsComponent.Config config(double firstResponse, double resolution, double csat) {
        return new AnalyticsComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AnalyticsComponent.Config.class;
            }

            @Override
            public double firstResponseTargetSeconds() {
                return firstResponse;
            }

            @Override
            public double resolutionTargetSeconds() {
                return resolution;
            }

            @Override
            public double csatMinimum() {
                return csat;
            }

            @Override
            public double costPerHumanContact() {
                return 6.0;
            }

            @Override
            public double costPerAutomatedContact() {
                return 0.5;
            }

            @Override
            public int evaluationIntervalSeconds() {
                return 3600;
            }

            @Override
            public int slaWindowHours() {
                return 24 * 365 * 20;
            }

            @Override
            public int rollupIntervalSeconds() {
                return 3600;
            }

            @Override
            public int rollupBatchSize() {
                return 100;
            }

            @Override
            public int rollupLagSeconds() {
                return 120;
            }
        };
    }
}
