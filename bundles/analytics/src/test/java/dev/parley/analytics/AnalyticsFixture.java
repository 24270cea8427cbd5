package dev.parley.analytics;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
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

    JdbcServiceAnalytics analytics(Targets targets, Instant now) {
        return new JdbcServiceAnalytics(pool.dataSource(), pool.dialect(), targets, Clock.fixed(now, ZoneOffset.UTC));
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
        };
    }
}
