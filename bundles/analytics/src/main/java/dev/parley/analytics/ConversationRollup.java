package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.store.schema.Dialect;

/**
 * Keeps {@code parley_analytics_conversation} equal to what the store's tables say about each
 * conversation. A first run backfills every conversation in batches of ids; afterwards each run
 * recomputes the conversations whose {@code updated_at} moved since the watermark, less a lag
 * that covers transactions committing late and clocks of other containers running behind.
 *
 * <p>Every batch is one transaction under a lock: on PostgreSQL a transaction-level advisory lock,
 * so that containers sharing the database take turns (and share a backfill batch by batch); on H2,
 * which one container owns, a lock in this JVM. Rows are recomputed from the store, never
 * incremented, so a batch run twice gives the same rows.
 */
final class ConversationRollup {

    /** The PostgreSQL advisory lock key of the rollup: "parley-rollup" in ASCII, cut to 8 bytes. */
    static final long ADVISORY_LOCK_KEY = 0x7061726c65795f72L;

    private static final Logger LOG = LoggerFactory.getLogger(ConversationRollup.class);
    private static final String COLUMNS = "conversation_id, customer_id, created_at, created_day, owner, updated_at, "
            + "asked_at, answered_at, handed_off, human_involved, first_response_millis, resolution_millis";
    /**
     * One row per conversation of the store, computed as the live summary queries do; the two
     * durations with the dialect's expression of {@link AnalyticsQueries}, so that the rollup's
     * averages add the very values the store's tables give.
     */
    private static String recompute(AnalyticsQueries queries) {
        String asked = "(SELECT MIN(m.written_at) FROM parley_message m WHERE m.conversation_id = c.id AND m.author = "
                + "'CUSTOMER')";
        String answered = "(SELECT MIN(m.written_at) FROM parley_message m WHERE m.conversation_id = c.id AND m.author "
                + "IN ('ASSISTANT', 'AGENT'))";
        return "SELECT id, customer_id, created_at, created_day, owner, updated_at, asked, answered, handed_off, "
                + "human_involved, CASE WHEN asked IS NOT NULL AND answered >= asked THEN "
                + queries.millisBetween("asked", "answered") + " END, CASE WHEN owner = 'RESOLVED' THEN "
                + queries.millisBetween("created_at", "updated_at") + " END FROM (SELECT c.id, c.customer_id, "
                + "c.created_at, CAST(c.created_at AT TIME ZONE 'UTC' AS DATE) created_day, c.owner, c.updated_at, "
                + asked + " asked, " + answered + " answered, CASE WHEN " + AnalyticsQueries.HANDED_OFF + " THEN 1 ELSE "
                + "0 END handed_off, CASE WHEN " + AnalyticsQueries.HUMAN_INVOLVED + " THEN 1 ELSE 0 END human_involved "
                + "FROM parley_conversation c WHERE c.id IN ";
    }

    /** Before every conversation: ids are never empty, so every id sorts after it. */
    private static final String FIRST = "";
    private static final Instant EVER = Instant.parse("1970-01-01T00:00:00Z");
    /** PostgreSQL takes at most 32,767 parameters in a statement. */
    private static final int MAX_BATCH = 10_000;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final int batchSize;
    private final Duration lag;
    private final ReentrantLock localLock = new ReentrantLock();
    private final String recompute;

    ConversationRollup(DataSource dataSource, Dialect dialect, Clock clock, int batchSize, Duration lag) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.recompute = recompute(new AnalyticsQueries(dialect));
        this.clock = clock;
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, batchSize));
        this.lag = lag;
    }

    /** The state row: whether the backfill is done, where it is, and the watermark. */
    private record State(boolean backfilled, String backfillAfter, Instant watermark) {
    }

    /**
     * The background job's run: the rest of the backfill, batch by batch, then the changes since
     * the watermark. Stops between batches when the thread is interrupted.
     *
     * @return conversations recomputed
     */
    long run() throws SQLException {
        long recomputed = 0;
        long started = System.nanoTime();
        int batch;
        while ((batch = backfillBatch()) > 0) {
            recomputed += batch;
            if (Thread.currentThread().isInterrupted()) {
                return recomputed;
            }
        }
        if (recomputed > 0) {
            LOG.info("Analytics rollup: backfilled {} conversations in {} s", recomputed,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return recomputed + catchUp();
    }

    /**
     * Recomputes the conversations changed since the watermark, if the backfill is done, so that a
     * summary read right afterwards counts every change committed before.
     *
     * @return conversations recomputed, or -1 while the backfill is not done (read the store then)
     */
    long catchUp() throws SQLException {
        Instant startedAt = clock.instant();
        State state = locked(ConversationRollup::state);
        if (!state.backfilled()) {
            return -1;
        }
        Instant since = state.watermark() == null ? EVER : state.watermark().minus(lag);
        long recomputed = 0;
        Batch batch = new Batch(FIRST, 0);
        while (batch.last() != null) {
            String after = batch.last();
            batch = locked(connection -> recomputeNext(connection, after, since));
            recomputed += batch.rows();
        }
        locked(connection -> advanceWatermark(connection, startedAt));
        LOG.debug("Analytics rollup: caught up with changes since {}", since);
        return recomputed;
    }

    /** @return the conversations of this backfill batch, 0 when the backfill is done */
    private int backfillBatch() throws SQLException {
        return locked(connection -> {
            State state = state(connection);
            if (state.backfilled()) {
                return 0;
            }
            if (state.watermark() == null) {
                // changes from now on are caught up after the backfill, whichever id they touch
                update(connection, "UPDATE parley_analytics_rollup_state SET watermark = ? WHERE id = 1",
                        AnalyticsQueries.timestamp(clock.instant()));
            }
            String after = state.backfillAfter() == null ? FIRST : state.backfillAfter();
            List<String> ids = nextBatch(connection, after, null);
            if (ids.isEmpty()) {
                update(connection, "UPDATE parley_analytics_rollup_state SET backfilled = TRUE WHERE id = 1");
                return 0;
            }
            recompute(connection, ids);
            update(connection, "UPDATE parley_analytics_rollup_state SET backfill_after = ? WHERE id = 1",
                    ids.get(ids.size() - 1));
            return ids.size();
        });
    }

    /** A batch recomputed: its last id (null when there was none) and the rows written. */
    private record Batch(String last, int rows) {
    }

    private Batch recomputeNext(Connection connection, String after, Instant since) throws SQLException {
        List<String> ids = nextBatch(connection, after, since);
        return ids.isEmpty() ? new Batch(null, 0) : new Batch(ids.get(ids.size() - 1), recompute(connection, ids));
    }

    /**
     * The next batch of conversation ids after {@code after}, in id order: every one while
     * backfilling ({@code since} null), else those changed since {@code since}.
     */
    private List<String> nextBatch(Connection connection, String after, Instant since) throws SQLException {
        // H2 would walk the primary key for the ORDER BY and read every conversation: point it to the
        // index of the last change, which leaves only the changed ones to sort
        String changed = dialect == Dialect.H2 ? " USE INDEX (parley_analytics_conversation_changed)" : "";
        String sql = since == null ? "SELECT id FROM parley_conversation WHERE id > ? ORDER BY id LIMIT " + batchSize
                : "SELECT id FROM parley_conversation" + changed + " WHERE id > ? AND updated_at > ? ORDER BY id LIMIT "
                        + batchSize;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, after);
            if (since != null) {
                query.setObject(2, AnalyticsQueries.timestamp(since));
            }
            List<String> ids = new ArrayList<>(batchSize);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private int recompute(Connection connection, List<String> ids) throws SQLException {
        String select = recompute + "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")) t";
        String sql = switch (dialect) {
            case H2 -> "MERGE INTO parley_analytics_conversation (" + COLUMNS + ") KEY (conversation_id) " + select;
            case POSTGRESQL -> "INSERT INTO parley_analytics_conversation (" + COLUMNS + ") " + select
                    + " ON CONFLICT (conversation_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, "
                    + "created_at = EXCLUDED.created_at, created_day = EXCLUDED.created_day, owner = EXCLUDED.owner, "
                    + "updated_at = EXCLUDED.updated_at, asked_at = EXCLUDED.asked_at, "
                    + "answered_at = EXCLUDED.answered_at, handed_off = EXCLUDED.handed_off, "
                    + "human_involved = EXCLUDED.human_involved, first_response_millis = EXCLUDED.first_response_millis, "
                    + "resolution_millis = EXCLUDED.resolution_millis";
        };
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                upsert.setString(i + 1, ids.get(i));
            }
            return upsert.executeUpdate();
        }
    }

    /** Only forwards: a slower container finishing late must not move it back. */
    private static Void advanceWatermark(Connection connection, Instant startedAt) throws SQLException {
        update(connection, "UPDATE parley_analytics_rollup_state SET watermark = ? WHERE id = 1 AND (watermark IS NULL "
                + "OR watermark < ?)", AnalyticsQueries.timestamp(startedAt), AnalyticsQueries.timestamp(startedAt));
        return null;
    }

    private static State state(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT backfilled, backfill_after, watermark "
                + "FROM parley_analytics_rollup_state WHERE id = 1"); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("parley_analytics_rollup_state has no row: the analytics migration V2 did not run");
            }
            OffsetDateTime watermark = row.getObject(3, java.time.OffsetDateTime.class);
            return new State(row.getBoolean(1), row.getString(2), watermark == null ? null : watermark.toInstant());
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** One transaction under the rollup's lock; rolled back if the work fails. */
    private <T> T locked(Work<T> work) throws SQLException {
        localLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (dialect == Dialect.POSTGRESQL) {
                    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, ADVISORY_LOCK_KEY);
                        lock.execute();
                    }
                }
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            localLock.unlock();
        }
    }
}
