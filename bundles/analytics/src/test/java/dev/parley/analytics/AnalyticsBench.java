package dev.parley.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * Summary latency over 1 M stored messages (250,000 conversations of 4 messages over 60 days,
 * a decision per customer message, one in five handed off, one in ten rated), on H2 and
 * PostgreSQL: the rollup's backfill, summaries and daily figures through it, a summary right after
 * changes, and one summary from the store's tables for reference. Prints figures, asserts
 * nothing; run it on purpose ({@code -Dparley.bench.backends=H2} for one database):
 * {@code mvn -B verify -pl bundles/analytics -am -Dtest=AnalyticsBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AnalyticsBench {

    private static final int CONVERSATIONS = 250_000;
    private static final int DAYS = 60;
    private static final String[] INTENTS = { "order_status", "refund", "shipping", "product_question", "greeting" };
    private static final String[] QUEUES = { "billing", "shipping", "support" };
    private static final String[] TRIGGERS = { "NEGATIVE_SENTIMENT", "CUSTOMER_REQUEST", "LOW_CONFIDENCE" };
    private static final Instant END = Instant.parse("2026-03-01T00:00:00Z");
    private static final int BATCH = 2000;

    @Test
    void summaryLatencyOverAMillionMessages() throws Exception {
        Path folder = Files.createTempDirectory("analytics-bench");
        Targets targets = Targets.of(AnalyticsFixture.config(30, 86400, 4));
        for (Backend backend : backends()) {
            try (AnalyticsFixture fixture = new AnalyticsFixture(backend, folder)) {
                long started = System.nanoTime();
                long messages = generate(fixture, CONVERSATIONS);
                System.out.printf("%s: %,d messages written in %.1f s%n", backend, messages, seconds(started));

                ConversationRollup rollup = fixture.rollup(Clock.systemUTC(), BATCH);
                started = System.nanoTime();
                long rolledUp = rollup.run();
                System.out.printf("%s: rollup backfilled %,d conversations in %.1f s (batches of %,d)%n", backend,
                        rolledUp, seconds(started), BATCH);
                JdbcServiceAnalytics analytics = new JdbcServiceAnalytics(fixture.pool.dataSource(),
                        fixture.pool.dialect(), targets, Clock.fixed(END, ZoneOffset.UTC), rollup);
                measure(backend + " last day", analytics, END.minus(Duration.ofDays(1)));
                measure(backend + " last 30 days", analytics, END.minus(Duration.ofDays(30)));
                measure(backend + " all 60 days", analytics, END.minus(Duration.ofDays(DAYS)));
                measureDaily(backend + " daily, last 31 days", analytics, END.minus(Duration.ofDays(31)));
                measureCatchUp(backend, fixture, analytics);
                started = System.nanoTime();
                fixture.live(targets, END).summary(END.minus(Duration.ofDays(30)), END);
                System.out.printf("%s last 30 days from the store's tables (reference, one run): %.1f s%n", backend,
                        seconds(started));
            }
        }
    }

    /** A summary right after 1,000 conversations changed: the catch-up is part of the answer. */
    private static void measureCatchUp(Backend backend, AnalyticsFixture fixture, JdbcServiceAnalytics analytics)
            throws Exception {
        try (Connection connection = fixture.pool.dataSource().getConnection(); PreparedStatement touch = connection
                .prepareStatement("UPDATE parley_conversation SET updated_at = ? WHERE id = ?")) {
            for (int i = 0; i < 1000; i++) {
                touch.setObject(1, AnalyticsQueries.timestamp(Instant.now()));
                touch.setString(2, "b" + (i * 97));
                touch.addBatch();
            }
            touch.executeBatch();
        }
        long started = System.nanoTime();
        analytics.summary(END.minus(Duration.ofDays(30)), END);
        System.out.printf("%s last 30 days after 1,000 conversations changed (catch-up included): %d ms%n", backend,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void measureDaily(String label, JdbcServiceAnalytics analytics, Instant from) {
        long first = System.nanoTime();
        analytics.daily(from, END);
        System.out.printf("%s: first call %d ms%n", label, (System.nanoTime() - first) / 1_000_000);
        long[] millis = new long[5];
        List<DailyFigures> days = List.of();
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            days = analytics.daily(from, END);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms, max %d ms for %d days, %,d conversations%n", label,
                millis[millis.length / 2], millis[millis.length - 1], days.size(),
                days.stream().mapToLong(DailyFigures::conversations).sum());
    }

    /** Both databases, or those {@code -Dparley.bench.backends=H2} names. */
    private static List<Backend> backends() {
        String names = System.getProperty("parley.bench.backends", "H2,POSTGRESQL");
        return Arrays.stream(names.split(",")).map(String::strip).map(Backend::valueOf).toList();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static long generate(AnalyticsFixture fixture, int conversations) throws Exception {
        long spacingMillis = Duration.ofDays(DAYS).toMillis() / conversations;
        Instant start = END.minus(Duration.ofDays(DAYS));
        long messages = 0;
        try (StoreRows rows = new StoreRows(fixture.pool.dataSource())) {
            for (int i = 0; i < conversations; i++) {
                String id = "b" + i;
                Instant created = start.plusMillis(i * spacingMillis);
                boolean handedOff = i % 5 == 0;
                rows.conversation(id, "cust" + (i % 40_000), created, handedOff ? "HUMAN" : i % 3 == 0 ? "ASSISTANT"
                        : "RESOLVED", created.plusSeconds(60 + i % 600));
                for (int seq = 1; seq <= 4; seq++) {
                    Instant written = created.plusSeconds(seq * 5L + (seq % 2 == 0 ? i % 7 : 0));
                    boolean customer = seq % 2 == 1;
                    rows.message(id, seq, customer ? "CUSTOMER" : handedOff && seq == 4 ? "AGENT" : "ASSISTANT", written);
                    if (customer) {
                        boolean handoffHere = handedOff && seq == 3;
                        double sentiment = ((i * 31 + seq) % 200 - 100) / 100.0;
                        rows.decision(id, seq, INTENTS[(i + seq) % INTENTS.length], sentiment, sentiment < -0.3
                                ? "negative" : sentiment > 0.3 ? "positive" : "neutral",
                                handoffHere ? QUEUES[i % QUEUES.length] : null,
                                handoffHere ? TRIGGERS[i % TRIGGERS.length] : null,
                                handoffHere ? "T-" + i : null, written.plusMillis(200));
                    }
                    messages++;
                }
            }
        }
        try (Connection connection = fixture.pool.dataSource().getConnection(); PreparedStatement rating = connection
                .prepareStatement("INSERT INTO parley_analytics_rating (conversation_id, rating, rated_at) VALUES (?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < conversations; i += 10) {
                rating.setString(1, "b" + i);
                rating.setInt(2, 1 + i % 5);
                rating.setObject(3, AnalyticsQueries.timestamp(start.plusMillis(i * spacingMillis).plusSeconds(900)));
                rating.addBatch();
                if (i % 50_000 == 0) {
                    rating.executeBatch();
                }
            }
            rating.executeBatch();
            connection.commit();
        }
        return messages;
    }

    private static void measure(String label, JdbcServiceAnalytics analytics, Instant from) {
        analytics.summary(from, END);
        long[] millis = new long[5];
        AnalyticsSummary summary = null;
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            summary = analytics.summary(from, END);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s: summary median %d ms, max %d ms over %,d conversations (containment %.3f, "
                + "%d ratings); heap used %d MB%n", label, millis[millis.length / 2], millis[millis.length - 1],
                summary.conversations(), summary.containmentRate(), summary.csat().ratings(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
