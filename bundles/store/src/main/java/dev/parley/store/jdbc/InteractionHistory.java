package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.parley.api.store.InteractionSummary;

/** A customer's past conversations, summarized from their decisions in one query. */
final class InteractionHistory {

    private static final String LAST = "(SELECT d.%1$s FROM parley_decision d WHERE d.conversation_id = c.id "
            + "AND d.%1$s IS NOT NULL%2$s ORDER BY d.seq DESC FETCH FIRST 1 ROWS ONLY)";

    private static final String QUERY = "SELECT c.id, c.created_at, "
            + LAST.formatted("intent", " AND d.intent <> 'oos'") + " AS last_intent, "
            + LAST.formatted("handoff_queue", "") + " AS handoff_queue, "
            + LAST.formatted("ticket_id", "") + " AS ticket_id "
            + "FROM parley_conversation c WHERE (c.customer_id = ? OR c.verified_customer_id = ?) "
            + "AND c.created_at < ? ORDER BY c.created_at DESC FETCH FIRST ? ROWS ONLY";

    private InteractionHistory() {
    }

    static List<InteractionSummary> query(Connection connection, String customerId, Instant before, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, customerId);
            query.setString(2, customerId);
            query.setObject(3, ConversationRows.timestamp(before));
            query.setInt(4, limit);
            List<InteractionSummary> history = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    history.add(new InteractionSummary(row.getString("id"), ConversationRows.instant(row, "created_at"),
                            row.getString("last_intent"), row.getString("handoff_queue"), row.getString("ticket_id")));
                }
            }
            return List.copyOf(history);
        }
    }
}
