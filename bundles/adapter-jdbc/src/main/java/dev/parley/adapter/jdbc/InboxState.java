package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * What the inbox has done, kept in the store's database (tables {@code parley_jdbc_*}, module
 * {@code jdbcinbox}), not in the legacy database, which may be read-only but for the reply: the
 * watermark of the newest message seen, and each message handled with its reply until the reply
 * is in the outbox. The message row is the claim: its primary key lets one node take a message,
 * and {@code claimed_until} lets one node at a time retry a reply.
 */
final class InboxState {

    static final String MODULE = "jdbcinbox";
    static final String SCRIPTS = "db/jdbcinbox";

    /** A reply not yet in the outbox. */
    record Pending(String messageId, String idKind, String customerId, String conversationId, String reply, int attempts) {
    }

    private final DataSource dataSource;
    private final String source;

    InboxState(DataSource dataSource, String source) {
        this.dataSource = dataSource;
        this.source = source;
    }

    Optional<String> watermark() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT after_value FROM parley_jdbc_watermark WHERE source = ?")) {
            query.setString(1, source);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Moves the watermark from {@code previous} (empty: none yet) on; a node that moved it meanwhile wins. */
    void advance(Optional<String> previous, String next, long now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (previous.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO parley_jdbc_watermark (source, after_value, updated_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, source);
                    insert.setString(2, next);
                    insert.setLong(3, now);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                }
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE parley_jdbc_watermark SET after_value = ?, "
                    + "updated_at = ? WHERE source = ? AND after_value = ?")) {
                update.setString(1, next);
                update.setLong(2, now);
                update.setString(3, source);
                update.setString(4, previous.get());
                update.executeUpdate();
            }
        }
    }

    boolean known(String messageId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT 1 FROM parley_jdbc_inbox WHERE source = ? AND message_id = ?")) {
            query.setString(1, source);
            query.setString(2, messageId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Records a handled message with its reply, claimed by this node until {@code claimedUntil}.
     *
     * @return {@code false} if the message was recorded before (by another node)
     */
    boolean record(Pending message, String state, long now, long claimedUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO parley_jdbc_inbox (source, message_id, "
                        + "id_kind, customer_id, conversation_id, state, reply, attempts, next_attempt_at, claimed_until, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            insert.setString(1, source);
            insert.setString(2, message.messageId());
            insert.setString(3, message.idKind());
            insert.setString(4, message.customerId());
            insert.setString(5, message.conversationId());
            insert.setString(6, state);
            insert.setString(7, message.reply());
            insert.setLong(8, now);
            insert.setLong(9, claimedUntil);
            insert.setLong(10, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Replies due to be enqueued that no node holds a claim on. */
    List<Pending> due(long now, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT message_id, id_kind, customer_id, "
                        + "conversation_id, reply, attempts FROM parley_jdbc_inbox WHERE source = ? AND state = 'PENDING' "
                        + "AND next_attempt_at <= ? AND claimed_until < ? ORDER BY next_attempt_at")) {
            query.setString(1, source);
            query.setLong(2, now);
            query.setLong(3, now);
            query.setMaxRows(limit);
            List<Pending> due = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    due.add(new Pending(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getInt(6)));
                }
            }
            return due;
        }
    }

    /** Takes a due reply for this node; {@code false} if another node took it first. */
    boolean claim(String messageId, long now, long claimedUntil) throws SQLException {
        return change("UPDATE parley_jdbc_inbox SET claimed_until = ? WHERE source = ? AND message_id = ? "
                + "AND state = 'PENDING' AND claimed_until < ?", claimedUntil, messageId, now) == 1;
    }

    /** The outbox has the reply: done here, and its text is not kept twice (the outbox and the store have it). */
    void queued(String messageId, long now) throws SQLException {
        change("UPDATE parley_jdbc_inbox SET state = 'QUEUED', reply = NULL, last_error = NULL, claimed_until = 0, "
                + "replied_at = ? WHERE source = ? AND message_id = ?", now, messageId, null);
    }

    void failed(String messageId, int attempts, long nextAttempt, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE parley_jdbc_inbox SET attempts = ?, "
                        + "next_attempt_at = ?, claimed_until = 0, last_error = ? WHERE source = ? AND message_id = ?")) {
            update.setInt(1, attempts);
            update.setLong(2, nextAttempt);
            update.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
            update.setString(4, source);
            update.setString(5, messageId);
            update.executeUpdate();
        }
    }

    /** How many replies wait to be enqueued, and how many of them failed before. */
    long[] backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 "
                        + "THEN 1 ELSE 0 END), 0) FROM parley_jdbc_inbox WHERE source = ? AND state = 'PENDING'")) {
            query.setString(1, source);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    private int change(String sql, long value, String messageId, Long now) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.setString(2, source);
            update.setString(3, messageId);
            if (now != null) {
                update.setLong(4, now);
            }
            return update.executeUpdate();
        }
    }

    /** A unique key violation: PostgreSQL and H2 say 23505, MariaDB 23000 with error 1062. */
    static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062);
    }
}
