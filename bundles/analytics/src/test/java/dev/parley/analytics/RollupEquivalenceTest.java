package dev.parley.analytics;

import static dev.parley.analytics.AnalyticsFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * The rollup against the reference: random conversations (random authors, owners, handoffs,
 * decisions spread over days, ratings) on real H2 and PostgreSQL; the summary and the daily
 * figures read through the rollup must equal those the store's tables give directly, for random
 * periods, after the backfill and after further changes, erasures and new conversations.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RollupEquivalenceTest {

    private static final Targets TARGETS = Targets.of(AnalyticsFixture.config(30, 3600, 4.0));
    private static final Instant NOW = T.plus(Duration.ofDays(40));
    /** The rollup runs after the first conversations were written and before the later changes. */
    private static final Instant BACKFILL = T.plus(Duration.ofDays(20));
    private static final long[] SEEDS = { 1, 42, 20260302 };

    private final Backend backend;
    @TempDir
    Path folder;
    private AnalyticsFixture fixture;

    RollupEquivalenceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        fixture = new AnalyticsFixture(backend, folder);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theRollupGivesTheFiguresOfTheStoreAfterBackfillAndChanges() throws Exception {
        for (long seed : SEEDS) {
            clear();
            Random random = new Random(seed);
            RandomConversations generator = new RandomConversations(fixture.pool.dataSource(), random);
            generator.write(80, T, Duration.ofDays(12));
            ConversationRollup rollup = fixture.rollup(Clock.fixed(BACKFILL, ZoneOffset.UTC), 7);
            rollup.run();
            assertThat(rolledUpRows()).as("seed %d: a row per conversation", seed).isEqualTo(conversations());
            compare(seed, random, rollup);

            List<String> changed = generator.change(15, BACKFILL.plusSeconds(30));
            List<String> erased = generator.erase(5);
            generator.write(20, BACKFILL.plusSeconds(60), Duration.ofDays(2));
            assertThat(rollup.catchUp()).as("seed %d: only the changed and new conversations are recomputed", seed)
                    .isEqualTo(changed.stream().filter(id -> !erased.contains(id)).count() + 20);
            assertThat(rolledUpRows()).as("seed %d: erased conversations leave the rollup", seed)
                    .isEqualTo(conversations());
            compare(seed, random, rollup);
        }
    }

    @Test
    void containersBackfillingTogetherGiveTheSameFigures() throws Exception {
        new RandomConversations(fixture.pool.dataSource(), new Random(7)).write(120, T, Duration.ofDays(10));
        ConversationRollup one = fixture.rollup(Clock.fixed(BACKFILL, ZoneOffset.UTC), 5);
        ConversationRollup other = fixture.rollup(Clock.fixed(BACKFILL, ZoneOffset.UTC), 5);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = threads.submit(one::run);
            Future<Long> second = threads.submit(other::run);
            assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(120);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rolledUpRows()).isEqualTo(120);
        compare(7, new Random(7), one);
    }

    @Test
    void untilTheBackfillIsDoneTheStoreIsReadDirectly() throws Exception {
        new RandomConversations(fixture.pool.dataSource(), new Random(3)).write(30, T, Duration.ofDays(5));
        ConversationRollup rollup = fixture.rollup(Clock.fixed(BACKFILL, ZoneOffset.UTC), 5);

        assertThat(rollup.catchUp()).isEqualTo(-1);
        compare(3, new Random(3), rollup);
        assertThat(rolledUpRows()).isZero();
    }

    /** Random periods: whole days, parts of days, empty, and everything. */
    private void compare(long seed, Random random, ConversationRollup rollup) {
        JdbcServiceAnalytics rolled = new JdbcServiceAnalytics(fixture.pool.dataSource(), fixture.pool.dialect(),
                TARGETS, Clock.fixed(NOW, ZoneOffset.UTC), rollup);
        JdbcServiceAnalytics reference = fixture.live(TARGETS, NOW);
        List<Instant[]> periods = new ArrayList<>();
        periods.add(new Instant[] { T.minus(Duration.ofDays(1)), NOW });
        periods.add(new Instant[] { T.plus(Duration.ofDays(3)), T.plus(Duration.ofDays(3)) });
        for (int i = 0; i < 6; i++) {
            Instant from = T.plusSeconds(random.nextInt(14 * 86400));
            periods.add(new Instant[] { from, from.plusSeconds(random.nextInt(5 * 86400)) });
        }
        for (Instant[] period : periods) {
            String what = "seed " + seed + ", " + period[0] + " to " + period[1];
            AnalyticsSummary expected = reference.summary(period[0], period[1]);
            AnalyticsSummary actual = rolled.summary(period[0], period[1]);
            assertThat(actual).as(what).usingRecursiveComparison()
                    .withComparatorForType(RollupEquivalenceTest::closeEnough, Double.class).isEqualTo(expected);
            assertThat(actual.intentVolume().keySet()).as(what).containsExactlyElementsOf(
                    expected.intentVolume().keySet());
            assertThat(actual.handoffsByQueue().keySet()).as(what).containsExactlyElementsOf(
                    expected.handoffsByQueue().keySet());
            List<DailyFigures> days = rolled.daily(period[0], period[1]);
            assertThat(days).as(what).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(RollupEquivalenceTest::closeEnough, Double.class).build())
                    .isEqualTo(reference.daily(period[0], period[1]));
            assertThat(days.stream().mapToLong(DailyFigures::conversations).sum()).as(what)
                    .isEqualTo(expected.conversations());
            assertThat(days.stream().mapToLong(DailyFigures::decisions).sum()).as(what)
                    .isEqualTo(expected.intentVolume().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    /** Averages may differ in the last bits: the databases add in another order. */
    private static int closeEnough(Double a, Double b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) ? 0 : Double.compare(a, b);
    }

    private long rolledUpRows() throws SQLException {
        return count("SELECT COUNT(*) FROM parley_analytics_conversation");
    }

    private long conversations() throws SQLException {
        return count("SELECT COUNT(*) FROM parley_conversation");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = fixture.pool.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Starts a seed afresh: no conversations (ratings and rollup rows go with them), the rollup not run. */
    private void clear() throws SQLException {
        try (Connection connection = fixture.pool.dataSource().getConnection()) {
            for (String sql : List.of("DELETE FROM parley_conversation", "UPDATE parley_analytics_rollup_state SET "
                    + "backfilled = FALSE, backfill_after = NULL, watermark = NULL")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.executeUpdate();
                }
            }
        }
    }
}
