package dev.parley.webhook.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.StoreUnavailableException;

/**
 * One queue table (the inbox or the outbox) in the store's database. Rows are claimed with a lease:
 * a conditional {@code UPDATE} that only one node's statement can win, the same on H2 (which has
 * no {@code SKIP LOCKED}) and PostgreSQL. A node that dies holding a lease loses it when the lease
 * expires, and another node takes the row. Rows with the same topic and ordering key are claimed
 * one at a time, oldest first.
 */
final class DurableQueue {

    private static final Logger LOG = LoggerFactory.getLogger(DurableQueue.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ERROR_LENGTH = 500;

    static final String PENDING = "PENDING";
    static final String DONE = "DONE";
    static final String DEAD = "DEAD";

    /** A claimed row. */
    record Entry(long id, String topic, String key, String kind, String orderingKey, String content, int attempts,
            Instant createdAt) {
    }

    /** A row that will not be tried again until replayed; no content, which may hold customer text. */
    record DeadLetter(long id, String topic, String key, String kind, int attempts, Instant createdAt,
            Instant failedAt, String lastError) {
    }

    /** How many rows are in each state. */
    record Counts(long pending, long done, long dead) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;

    DurableQueue(DataSource dataSource, String table, Clock clock) {
        this.dataSource = dataSource;
        this.table = table;
        this.clock = clock;
    }

    String name() {
        return table;
    }

    /** How admins name a row: {@code outbox:12}, {@code inbox:7}. */
    String reference(long id) {
        return table.substring(table.indexOf('_') + 1) + ":" + id;
    }

    /**
     * Adds a row due now.
     *
     * @return {@code false} if the topic already has a row with this key
     */
    boolean add(String topic, String key, String kind, String orderingKey, String content) {
        Instant now = clock.instant();
        return run("add", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (topic, idempotency_key, kind, ordering_key, content, status, attempts, created_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, '" + PENDING + "', 0, ?, ?)")) {
                insert.setString(1, topic);
                insert.setString(2, key);
                insert.setString(3, kind);
                insert.setString(4, orderingKey);
                insert.setString(5, content);
                insert.setObject(6, timestamp(now));
                insert.setObject(7, timestamp(now));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * Claims up to {@code max} due rows of these topics for {@code owner}, oldest first, and counts
     * an attempt on each.
     */
    List<Entry> claim(Collection<String> topics, int max, String owner, Duration lease) {
        if (topics.isEmpty() || max <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        return run("claim", connection -> {
            List<Long> candidates = candidates(connection, topics, max, now);
            List<Entry> claimed = new ArrayList<>();
            for (long id : candidates) {
                if (lease(connection, id, owner, now, now.plus(lease))) {
                    read(connection, id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    private List<Long> candidates(Connection connection, Collection<String> topics, int max, Instant now)
            throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(topics.size(), "?"));
        // A row waits while an older row of its topic and ordering key is still pending, so that
        // one conversation's events and calls keep their order even across retries.
        String sql = "SELECT q.id FROM " + table + " q WHERE q.status = '" + PENDING + "' AND q.next_attempt_at <= ?"
                + " AND (q.lease_until IS NULL OR q.lease_until < ?) AND q.topic IN (" + placeholders + ")"
                + " AND (q.ordering_key IS NULL OR NOT EXISTS (SELECT 1 FROM " + table + " p WHERE p.topic = q.topic"
                + " AND p.ordering_key = q.ordering_key AND p.id < q.id AND p.status = '" + PENDING + "'))"
                + " ORDER BY q.id FETCH FIRST " + max + " ROWS ONLY";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, timestamp(now));
            select.setObject(2, timestamp(now));
            int index = 3;
            for (String topic : topics) {
                select.setString(index++, topic);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private boolean lease(Connection connection, long id, String owner, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET lease_owner = ?, lease_until = ?, attempts = attempts + 1"
                + " WHERE id = ? AND status = '" + PENDING + "' AND (lease_until IS NULL OR lease_until < ?)")) {
            update.setString(1, owner);
            update.setObject(2, timestamp(until));
            update.setLong(3, id);
            update.setObject(4, timestamp(now));
            return update.executeUpdate() == 1;
        }
    }

    private Optional<Entry> read(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, topic, idempotency_key, kind,"
                + " ordering_key, content, attempts, created_at FROM " + table + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getInt(7), instant(row, 8)));
            }
        }
    }

    /** Marks a claimed row done; {@code false} if the lease was lost meanwhile. */
    boolean complete(long id, String owner) {
        return finish(id, owner, DONE, null);
    }

    /** Marks a claimed row dead: kept, not tried again until replayed. */
    boolean bury(long id, String owner, String error) {
        return finish(id, owner, DEAD, error);
    }

    private boolean finish(long id, String owner, String status, String error) {
        Instant now = clock.instant();
        return run("finish", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET status = ?,"
                    + " finished_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
                    + " WHERE id = ? AND lease_owner = ?")) {
                update.setString(1, status);
                update.setObject(2, timestamp(now));
                update.setString(3, truncate(error));
                update.setLong(4, id);
                update.setString(5, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Releases a claimed row to be tried again at {@code next}. */
    boolean retry(long id, String owner, Instant next, String error) {
        return run("retry", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET next_attempt_at = ?,"
                    + " last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")) {
                update.setObject(1, timestamp(next));
                update.setString(2, truncate(error));
                update.setLong(3, id);
                update.setString(4, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Gives up the leases of {@code owner}, e.g. when a node stops, so another node can go on at once. */
    int release(String owner) {
        return run("release", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET lease_owner = NULL, lease_until = NULL, attempts = attempts - 1"
                    + " WHERE lease_owner = ? AND status = '" + PENDING + "'")) {
                update.setString(1, owner);
                return update.executeUpdate();
            }
        });
    }

    /** The dead rows, oldest first. */
    List<DeadLetter> deadLetters(int limit) {
        return run("list dead letters", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, topic, idempotency_key, kind,"
                    + " attempts, created_at, finished_at, last_error FROM " + table + " WHERE status = '" + DEAD
                    + "' ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
                List<DeadLetter> dead = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        dead.add(new DeadLetter(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getInt(5), instant(row, 6), instant(row, 7), row.getString(8)));
                    }
                }
                return dead;
            }
        });
    }

    /** Makes a dead row pending again with a fresh count of attempts; {@code false} if it is not dead. */
    boolean replay(long id) {
        return replayWhere("id = ?", id) == 1;
    }

    /** Makes every dead row pending again. */
    int replayAll() {
        return replayWhere(null, 0);
    }

    private int replayWhere(String condition, long id) {
        Instant now = clock.instant();
        return run("replay", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET status = '" + PENDING
                    + "', attempts = 0, created_at = ?, next_attempt_at = ?, finished_at = NULL WHERE status = '" + DEAD
                    + "'" + (condition == null ? "" : " AND " + condition))) {
                // A replay starts the maximum age afresh, or an old letter would die again at once.
                update.setObject(1, timestamp(now));
                update.setObject(2, timestamp(now));
                if (condition != null) {
                    update.setLong(3, id);
                }
                return update.executeUpdate();
            }
        });
    }

    /** Deletes done rows finished before {@code before}; dead rows stay until replayed. */
    int purge(Instant before) {
        return run("purge", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE status = '"
                    + DONE + "' AND finished_at < ?")) {
                delete.setObject(1, timestamp(before));
                return delete.executeUpdate();
            }
        });
    }

    Counts counts() {
        return run("count", connection -> {
            long pending = 0;
            long done = 0;
            long dead = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT status, COUNT(*) FROM " + table
                    + " GROUP BY status"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case PENDING -> pending = rows.getLong(2);
                        case DONE -> done = rows.getLong(2);
                        case DEAD -> dead = rows.getLong(2);
                        default -> { }
                    }
                }
            }
            return new Counts(pending, done, dead);
        });
    }

    private <T> T run(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            LOG.debug("{}: {} failed", table, operation, e);
            throw new StoreUnavailableException(table + ": " + operation + " failed: the database cannot be used"
                    + " (SQL state " + e.getSQLState() + "); see /system/health and etc/dev.parley.store.cfg", e);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
