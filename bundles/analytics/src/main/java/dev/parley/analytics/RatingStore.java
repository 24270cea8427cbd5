package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import dev.parley.api.analytics.RatingOutcome;

/**
 * Writes ratings: one per conversation, a later one replacing it. Written the same way on every
 * database (update, else insert), so no dialect's upsert is needed.
 */
final class RatingStore {

    /** SQLSTATE class 23: a concurrent first rating of the same conversation won the insert. */
    private static final String INTEGRITY_VIOLATION = "23";

    RatingOutcome rate(Connection connection, String conversationId, int rating, String comment, Instant at)
            throws SQLException {
        try {
            return write(connection, conversationId, rating, comment, at);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                throw e;
            }
            connection.rollback();
            return write(connection, conversationId, rating, comment, at);
        }
    }

    private static RatingOutcome write(Connection connection, String conversationId, int rating, String comment,
            Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE parley_analytics_rating SET rating = ?, "
                + "rating_comment = ?, rated_at = ? WHERE conversation_id = ?")) {
            update.setInt(1, rating);
            update.setString(2, comment);
            update.setObject(3, AnalyticsQueries.timestamp(at));
            update.setString(4, conversationId);
            if (update.executeUpdate() > 0) {
                connection.commit();
                return RatingOutcome.REPLACED;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parley_analytics_rating "
                + "(conversation_id, rating, rating_comment, rated_at) SELECT id, ?, ?, ? FROM parley_conversation "
                + "WHERE id = ?")) {
            insert.setInt(1, rating);
            insert.setString(2, comment);
            insert.setObject(3, AnalyticsQueries.timestamp(at));
            insert.setString(4, conversationId);
            int inserted = insert.executeUpdate();
            connection.commit();
            return inserted > 0 ? RatingOutcome.RECORDED : RatingOutcome.UNKNOWN_CONVERSATION;
        }
    }
}
