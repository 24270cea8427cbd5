package dev.parley.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.store.Owner;

/**
 * The conversations people own now, newest handoff first, read from the store's tables without
 * changing them. Each has the queue, trigger and ticket of its last handoff decision and how long
 * it has waited since; a conversation an agent took over without a handoff decision waits since
 * its last change. Never a message text or a customer's personal data: the customer id at most.
 */
final class HandoffQueue {

    static final int MAX_LIMIT = 200;

    private static final String WAITING = "SELECT c.id, c.channel, c.customer_id, c.updated_at, d.handoff_queue, "
            + "d.handoff_trigger, d.decided_at, COALESCE(d.ticket_id, (SELECT t.ticket_id FROM parley_decision t "
            + "WHERE t.conversation_id = c.id AND t.ticket_id IS NOT NULL ORDER BY t.seq DESC LIMIT 1)) "
            + "FROM parley_conversation c LEFT JOIN parley_decision d ON d.conversation_id = c.id "
            + "AND d.seq = (SELECT MAX(h.seq) FROM parley_decision h WHERE h.conversation_id = c.id "
            + "AND h.handoff_trigger IS NOT NULL) "
            + "WHERE c.owner = ? ORDER BY COALESCE(d.decided_at, c.updated_at) DESC, c.id LIMIT ?";
    private static final String COUNT = "SELECT COUNT(*) FROM parley_conversation WHERE owner = ?";

    private final DataSource dataSource;
    private final Clock clock;

    HandoffQueue(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    JsonObject read(int limit) throws SQLException {
        Instant now = clock.instant();
        JsonArray waiting = new JsonArray();
        long total;
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true); // the pool resets it when the connection comes back
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setString(1, Owner.HUMAN.name());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            try (PreparedStatement query = connection.prepareStatement(WAITING)) {
                query.setString(1, Owner.HUMAN.name());
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        waiting.add(entry(rows, now));
                    }
                }
            }
        }
        JsonObject json = new JsonObject();
        json.addProperty("total", total);
        json.addProperty("limit", limit);
        json.addProperty("asOf", now.toString());
        json.add("conversations", waiting);
        return json;
    }

    private static JsonObject entry(ResultSet rows, Instant now) throws SQLException {
        Instant updated = rows.getObject(4, OffsetDateTime.class).toInstant();
        OffsetDateTime decided = rows.getObject(7, OffsetDateTime.class);
        Instant since = decided == null ? updated : decided.toInstant();
        JsonObject entry = new JsonObject();
        entry.addProperty("conversationId", rows.getString(1));
        entry.addProperty("channel", rows.getString(2));
        entry.addProperty("customerId", rows.getString(3));
        entry.addProperty("queue", rows.getString(5));
        entry.addProperty("reason", rows.getString(6));
        entry.addProperty("ticketId", rows.getString(8));
        entry.addProperty("handedOffAt", since.toString());
        entry.addProperty("handoffDecision", decided != null);
        entry.addProperty("waitingSeconds", Math.max(0, Duration.between(since, now).toSeconds()));
        return entry;
    }
}
