package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Writes conversations, messages and decisions straight into the store's tables, with the times
 * a test chooses; statements are batched so the bench can write a million messages.
 */
final class StoreRows implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement conversation;
    private final PreparedStatement message;
    private final PreparedStatement decision;
    private int pending;

    StoreRows(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        conversation = connection.prepareStatement("INSERT INTO parley_conversation (id, channel, customer_id, owner, "
                + "slots, low_confidence_streak, message_count, created_at, updated_at, version) "
                + "VALUES (?, 'web', ?, ?, '{}', 0, 0, ?, ?, 1)");
        message = connection.prepareStatement("INSERT INTO parley_message (conversation_id, seq, channel, author, "
                + "message_id, body, written_at) VALUES (?, ?, 'web', ?, ?, 'text', ?)");
        decision = connection.prepareStatement("INSERT INTO parley_decision (conversation_id, seq, intent, confidence, "
                + "sentiment_score, sentiment_label, handoff_queue, handoff_trigger, ticket_id, processing_millis, "
                + "decided_at) VALUES (?, ?, ?, 0.9, ?, ?, ?, ?, ?, 5, ?)");
    }

    /** A conversation; its owner and last change are its state now (e.g. RESOLVED at that time). */
    StoreRows conversation(String id, String customerId, Instant created, String owner, Instant updated)
            throws SQLException {
        conversation.setString(1, id);
        conversation.setString(2, customerId);
        conversation.setString(3, owner);
        conversation.setObject(4, AnalyticsQueries.timestamp(created));
        conversation.setObject(5, AnalyticsQueries.timestamp(updated));
        conversation.addBatch();
        return counted();
    }

    StoreRows message(String conversationId, long seq, String author, Instant written) throws SQLException {
        message.setString(1, conversationId);
        message.setLong(2, seq);
        message.setString(3, author);
        message.setString(4, conversationId + "-" + seq);
        message.setObject(5, AnalyticsQueries.timestamp(written));
        message.addBatch();
        return counted();
    }

    /** The decision on customer message {@code seq}; queue, trigger and ticket may be null. */
    StoreRows decision(String conversationId, long seq, String intent, double sentiment, String label, String queue,
            String trigger, String ticket, Instant decided) throws SQLException {
        decision.setString(1, conversationId);
        decision.setLong(2, seq);
        decision.setString(3, intent);
        decision.setDouble(4, sentiment);
        decision.setString(5, label);
        decision.setString(6, queue);
        decision.setString(7, trigger);
        decision.setString(8, ticket);
        decision.setObject(9, AnalyticsQueries.timestamp(decided));
        decision.addBatch();
        return counted();
    }

    private StoreRows counted() throws SQLException {
        if (++pending >= 5_000) {
            flush();
        }
        return this;
    }

    /** Writes what is batched, parents before children. */
    void flush() throws SQLException {
        conversation.executeBatch();
        message.executeBatch();
        decision.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try (connection; conversation; message; decision) {
            flush();
        }
    }
}
