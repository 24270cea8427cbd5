package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Random conversations written straight into the store's tables: random customers (some unknown),
 * owners, authors and times (replies sometimes before the customer's first message), decisions
 * with intents, sentiment, handoffs and tickets spread over days, and ratings.
 */
final class RandomConversations {

    private static final String[] OWNERS = { "ASSISTANT", "HUMAN", "RESOLVED" };
    /** Two spellings of one intent so that ties in the intent order meet the database's collation. */
    private static final String[] INTENTS = { "order_status", "Order-Status", "refund", "shipping", "greeting" };
    private static final String[] TRIGGERS = { "NEGATIVE_SENTIMENT", "CUSTOMER_REQUEST", "LOW_CONFIDENCE" };
    private static final String[] QUEUES = { "billing", "support", null };

    private final DataSource dataSource;
    private final Random random;
    private final Map<String, Integer> messages = new HashMap<>();
    private int written;

    RandomConversations(DataSource dataSource, Random random) {
        this.dataSource = dataSource;
        this.random = random;
    }

    /** Writes conversations started from {@code start} over {@code spread}, with messages and ratings. */
    void write(int count, Instant start, Duration spread) throws SQLException {
        List<String[]> ratings = new ArrayList<>();
        try (StoreRows rows = new StoreRows(dataSource)) {
            for (int i = 0; i < count; i++) {
                String id = "r" + written++;
                Instant created = start.plusSeconds(random.nextLong(spread.toSeconds()));
                String customer = random.nextInt(5) == 0 ? null : "cust" + random.nextInt(10);
                rows.conversation(id, customer, created, OWNERS[random.nextInt(OWNERS.length)],
                        created.plusSeconds(random.nextInt(3 * 86400)));
                messages.put(id, 0);
                int added = random.nextInt(6);
                for (int m = 0; m < added; m++) {
                    addMessage(rows, id, created.plusSeconds(random.nextInt(2 * 86400)));
                }
                if (random.nextInt(10) < 3) {
                    ratings.add(new String[] { id, String.valueOf(1 + random.nextInt(5)),
                            created.plusSeconds(random.nextInt(2 * 86400)).toString() });
                }
            }
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement rating = connection.prepareStatement(
                "INSERT INTO parley_analytics_rating (conversation_id, rating, rated_at) VALUES (?, ?, ?)")) {
            for (String[] row : ratings) {
                rating.setString(1, row[0]);
                rating.setInt(2, Integer.parseInt(row[1]));
                rating.setObject(3, AnalyticsQueries.timestamp(Instant.parse(row[2])));
                rating.executeUpdate();
            }
        }
    }

    /**
     * Changes existing conversations as the store would at {@code at}: a new message (perhaps a
     * handoff) and perhaps a new owner, each moving the conversation's last change.
     *
     * @return the conversations changed
     */
    List<String> change(int count, Instant at) throws SQLException {
        List<String> ids = pick(count);
        try (StoreRows rows = new StoreRows(dataSource)) {
            for (int i = 0; i < ids.size(); i++) {
                addMessage(rows, ids.get(i), at.plusSeconds(i));
            }
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE parley_conversation SET owner = COALESCE(?, owner), updated_at = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                update.setString(1, random.nextBoolean() ? OWNERS[random.nextInt(OWNERS.length)] : null);
                update.setObject(2, AnalyticsQueries.timestamp(at.plusSeconds(i)));
                update.setString(3, ids.get(i));
                update.executeUpdate();
            }
        }
        return ids;
    }

    /** Erases conversations as the store does: their messages, decisions and ratings go with them. */
    List<String> erase(int count) throws SQLException {
        List<String> ids = pick(count);
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM parley_conversation WHERE id = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.executeUpdate();
                messages.remove(id);
            }
        }
        return ids;
    }

    private List<String> pick(int count) {
        List<String> ids = new ArrayList<>(messages.keySet());
        ids.sort(null);
        List<String> picked = new ArrayList<>();
        while (picked.size() < count && !ids.isEmpty()) {
            picked.add(ids.remove(random.nextInt(ids.size())));
        }
        return picked;
    }

    private void addMessage(StoreRows rows, String id, Instant written) throws SQLException {
        int seq = messages.merge(id, 1, Integer::sum);
        int author = random.nextInt(20);
        boolean customer = author < 10;
        rows.message(id, seq, customer ? "CUSTOMER" : author < 17 ? "ASSISTANT" : "AGENT", written);
        if (customer && random.nextInt(5) > 0) {
            boolean handoff = random.nextInt(5) == 0;
            double sentiment = random.nextInt(201) / 100.0 - 1;
            rows.decision(id, seq, INTENTS[random.nextInt(INTENTS.length)], sentiment, sentiment < -0.3 ? "negative"
                    : sentiment > 0.3 ? "positive" : "neutral", handoff ? QUEUES[random.nextInt(QUEUES.length)] : null,
                    handoff ? TRIGGERS[random.nextInt(TRIGGERS.length)] : null,
                    random.nextInt(handoff ? 3 : 20) == 0 ? "T-" + id + "-" + seq : null, written.plusMillis(200));
        }
    }
}
