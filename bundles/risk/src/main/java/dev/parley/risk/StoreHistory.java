package dev.parley.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.risk.MessageSignals;
import dev.parley.api.store.StoreUnavailableException;

/**
 * Reads what the risk models need from the store's tables: customer messages with their
 * decisions, and per customer their conversations. The customer of a conversation is the one the
 * sender proved to be, else the one the host named.
 */
public final class StoreHistory {

    private static final String CUSTOMER = "COALESCE(c.verified_customer_id, c.customer_id)";
    private static final String TURNS = "SELECT c.id, " + CUSTOMER + ", c.created_at, m.body, d.intent, d.confidence, "
            + "d.sentiment_score, d.emotion, d.handoff_trigger FROM parley_conversation c "
            + "JOIN parley_message m ON m.conversation_id = c.id "
            // The decision on a customer message is stored with the assistant's reply to it.
            + "LEFT JOIN parley_message r ON r.conversation_id = m.conversation_id AND r.reply_to = m.seq "
            + "LEFT JOIN parley_decision d ON d.conversation_id = r.conversation_id AND d.seq = r.seq "
            + "WHERE m.author = 'CUSTOMER' AND ";
    private static final String ORDER = " ORDER BY c.created_at, c.id, m.seq";

    private final DataSource dataSource;

    public StoreHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every conversation started in [from, to), with its customer messages. */
    public List<ConversationHistory> conversations(Instant from, Instant to) {
        return query(TURNS + "c.created_at >= ? AND c.created_at < ?" + ORDER, statement -> {
            statement.setObject(1, timestamp(from));
            statement.setObject(2, timestamp(to));
        });
    }

    /** One conversation, or empty if there is none with this id (a conversation without customer messages has no turns). */
    public Optional<ConversationHistory> conversation(String id) {
        List<ConversationHistory> found = query(TURNS + "c.id = ?" + ORDER, statement -> statement.setString(1, id));
        if (!found.isEmpty()) {
            return Optional.of(found.get(0));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT " + CUSTOMER + ", c.created_at "
                        + "FROM parley_conversation c WHERE c.id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new ConversationHistory(id, rows.getString(1),
                        rows.getObject(2, OffsetDateTime.class).toInstant(), List.of())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** How many conversations of the customer started before {@code before} were handed to a person. */
    public int pastHandoffs(String customerId, Instant before) {
        if (customerId == null) {
            return 0;
        }
        // Asked on every customer message: two branches, each served by an index of the store
        // ((verified_customer_id, created_at) and (customer_id, created_at)), where one OR would
        // make the database read every conversation.
        String handedOff = " AND c.created_at < ? AND EXISTS (SELECT 1 FROM parley_decision d"
                + " WHERE d.conversation_id = c.id AND d.handoff_trigger IS NOT NULL)";
        String sql = "SELECT (SELECT COUNT(*) FROM parley_conversation c WHERE c.verified_customer_id = ?" + handedOff
                + ") + (SELECT COUNT(*) FROM parley_conversation c WHERE c.verified_customer_id IS NULL"
                + " AND c.customer_id = ?" + handedOff + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            statement.setObject(2, timestamp(before));
            statement.setString(3, customerId);
            statement.setObject(4, timestamp(before));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * The conversations of customers, per customer, started from {@code from} on; only the one
     * customer when {@code customerId} is given.
     */
    public Map<String, List<CustomerActivity.Contact>> contacts(Instant from, String customerId) {
        String sql = "SELECT " + CUSTOMER + ", c.id, c.created_at, "
                + "MAX(CASE WHEN d.handoff_trigger IS NULL THEN 0 ELSE 1 END), MIN(d.sentiment_score) "
                + "FROM parley_conversation c LEFT JOIN parley_decision d ON d.conversation_id = c.id "
                + "WHERE c.created_at >= ? AND " + CUSTOMER + (customerId == null ? " IS NOT NULL" : " = ?")
                + " GROUP BY c.id, c.verified_customer_id, c.customer_id, c.created_at";
        Map<String, Integer> ratings = ratings(from, customerId);
        Map<String, List<CustomerActivity.Contact>> contacts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, timestamp(from));
            if (customerId != null) {
                statement.setString(2, customerId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double lowest = rows.getDouble(5);
                    contacts.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(
                            new CustomerActivity.Contact(rows.getObject(3, OffsetDateTime.class).toInstant(),
                                    rows.getInt(4) == 1, rows.wasNull() ? 0 : lowest, ratings.get(rows.getString(2))));
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return contacts;
    }

    /** Ratings per conversation, when the analytics bundle keeps them (its table may not exist). */
    private Map<String, Integer> ratings(Instant from, String customerId) {
        String sql = "SELECT r.conversation_id, r.rating FROM parley_analytics_rating r JOIN parley_conversation c "
                + "ON c.id = r.conversation_id WHERE c.created_at >= ?" + (customerId == null ? "" : " AND "
                + CUSTOMER + " = ?");
        Map<String, Integer> ratings = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!ratingsTableExists(connection)) {
                return ratings;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, timestamp(from));
                if (customerId != null) {
                    statement.setString(2, customerId);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ratings.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return ratings;
    }

    private static boolean ratingsTableExists(Connection connection) throws SQLException {
        for (String name : new String[] { "parley_analytics_rating", "PARLEY_ANALYTICS_RATING" }) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<ConversationHistory> query(String sql, Binder binder) {
        Map<String, Builder> conversations = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    Builder conversation = conversations.computeIfAbsent(id, key -> {
                        try {
                            return new Builder(id, rows.getString(2), rows.getObject(3, OffsetDateTime.class).toInstant());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    conversation.turns.add(turn(rows));
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return conversations.values().stream().map(Builder::build).toList();
    }

    private static ConversationHistory.Turn turn(ResultSet rows) throws SQLException {
        String intent = rows.getString(5);
        double confidence = rows.getDouble(6);
        double sentiment = rows.getDouble(7);
        String emotion = rows.getString(8);
        return new ConversationHistory.Turn(new MessageSignals(rows.getString(4), intent,
                clamp(confidence, 0, 1), clamp(sentiment, -1, 1), emotion(emotion)), rows.getString(9));
    }

    private static Emotion emotion(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Emotion.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StoreUnavailableException unavailable(SQLException e) {
        return new StoreUnavailableException("the conversation store could not be read for risk scores: "
                + e.getMessage(), e);
    }

    private static final class Builder {
        final String id;
        final String customer;
        final Instant created;
        final List<ConversationHistory.Turn> turns = new ArrayList<>();

        Builder(String id, String customer, Instant created) {
            this.id = id;
            this.customer = customer;
            this.created = created;
        }

        ConversationHistory build() {
            return new ConversationHistory(id, customer, created, turns);
        }
    }
}
