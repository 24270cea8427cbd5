package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.parley.api.store.InteractionSummary;

/**
 * A customer's past conversations, summarized from their decisions in one query. The newest
 * conversations are picked first, through the indexes on customer and on verified customer, and
 * only those few are summarized: a customer with thousands of conversations costs no more.
 */
final class InteractionHistory {

    private static final String LAST = "(SELECT d.%1$s FROM parley_decision d WHERE d.conversation_id = c.id "
            + "AND d.%1$s IS NOT NULL%2$s ORDER BY d.seq DESC FETCH FIRST 1 ROWS ONLY)";

    // Ordering by the customer column too lets H2 read the (customer, created_at) index backwards
    // and stop after the first rows, instead of sorting all of the customer's conversations.
    private static final String NEWEST = "(SELECT id, created_at FROM parley_conversation WHERE %1$s = ? "
            + "AND created_at < ? ORDER BY %1$s DESC, created_at DESC FETCH FIRST ? ROWS ONLY)";

    private static final String QUERY = "SELECT c.id, c.created_at, "
            + LAST.formatted("intent", " AND d.intent <> 'oos'") + " AS last_intent, "
            + LAST.formatted("handoff_queue", "") + " AS handoff_queue, "
            + LAST.formatted("ticket_id", "") + " AS ticket_id "
            + "FROM (" + NEWEST.formatted("customer_id") + " UNION " + NEWEST.formatted("verified_customer_id")
            + ") c ORDER BY c.created_at DESC FETCH FIRST ? ROWS ONLY";

    private InteractionHistory() {
    }

    static List<InteractionSummary> query(Connection connection, String customerId, Instant before, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            for (int branch = 0; branch < 2; branch++) {
                query.setString(1 + branch * 3, customerId);
                query.setObject(2 + branch * 3, ConversationRows.timestamp(before));
                query.setInt(3 + branch * 3, limit);
            }
            query.setInt(7, limit);
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
