package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.StaleConversationException;
import dev.parley.api.store.StoredMessage;

/** Writes and reads message rows inside the store's transactions. */
final class MessageWriter {

    private static final String CLAIM = "UPDATE parley_conversation SET owner = ?, slots = ?, pending_skill = ?, "
            + "verified_customer_id = ?, low_confidence_streak = ?, updated_at = ?, version = version + 1, "
            + "message_count = message_count + ? WHERE id = ? AND version = ?";

    /**
     * Saves the conversation's new state and reserves sequence numbers for the messages added with
     * it, if the conversation is still at the version it was read at. The update locks the row
     * until the transaction ends.
     *
     * @return the first reserved sequence
     * @throws StaleConversationException if the version moved
     */
    long claimSequences(Connection connection, Conversation conversation, ConversationState state, int added,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
            update.setString(1, state.owner().name());
            update.setString(2, StoreJson.slots(state.slots()));
            update.setString(3, state.pendingSkill());
            update.setString(4, state.verifiedCustomerId());
            update.setInt(5, state.lowConfidenceStreak());
            update.setObject(6, ConversationRows.timestamp(now));
            update.setInt(7, added);
            update.setString(8, conversation.id());
            update.setLong(9, conversation.version());
            if (update.executeUpdate() == 0) {
                throw new StaleConversationException(conversation.id(), conversation.version());
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT message_count FROM parley_conversation WHERE id = ?")) {
            query.setString(1, conversation.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) - added + 1;
            }
        }
    }

    /**
     * Inserts a message and its decision.
     *
     * @throws DuplicateMessageException if its id was stored before in the channel
     */
    void insert(Connection connection, Conversation conversation, long sequence, StoredMessage message, Long replyTo)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ConversationRows.INSERT_MESSAGE)) {
            ConversationRows.bindMessage(insert, conversation.id(), sequence, conversation.channel(), message, replyTo);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new DuplicateMessageException(conversation.channel(), message.messageId());
            }
            throw e;
        }
        if (message.decision() != null) {
            try (PreparedStatement insert = connection.prepareStatement(ConversationRows.INSERT_DECISION)) {
                ConversationRows.bindDecision(insert, conversation.id(), sequence, message.decision(), message.at());
                insert.executeUpdate();
            }
        }
    }

    /** Messages of a {@link ConversationRows#SELECT_MESSAGES} query with string or long parameters. */
    List<StoredMessage> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<StoredMessage> found = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(ConversationRows.message(row));
                }
            }
            return found;
        }
    }
}
