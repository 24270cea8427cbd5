package dev.parley.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.nlp.Emotion;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * Two conversations of one customer on real H2 and PostgreSQL (the first handed off at its
 * second message, the second calm) and one of a customer the sender proved to be, with the
 * decisions stored on the assistant's replies as the store keeps them: what the risk models read
 * follows from those rows.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class StoreHistoryTest {

    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private StoreHistory history;

    StoreHistoryTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void rows() throws SQLException {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate("parley", ConnectionPool.class.getClassLoader(), "db/parley");
        history = new StoreHistory(pool.dataSource());
        try (Connection connection = pool.dataSource().getConnection()) {
            conversation(connection, "c1", "alice", null, T);
            message(connection, "c1", 1, "CUSTOMER", "Where is my parcel?", T, null);
            message(connection, "c1", 2, "ASSISTANT", "It is on its way.", T.plusSeconds(1), 1L);
            decision(connection, "c1", 2, "order_status", 0.9, 0.0, "neutral", null);
            message(connection, "c1", 3, "CUSTOMER", "THAT IS WHAT YOU SAID LAST WEEK", T.plusSeconds(30), null);
            message(connection, "c1", 4, "ASSISTANT", "A person will answer.", T.plusSeconds(31), 3L);
            decision(connection, "c1", 4, "order_status", 0.8, -0.7, "anger", "NEGATIVE_SENTIMENT");
            conversation(connection, "c2", "alice", null, T.plusSeconds(3_600));
            message(connection, "c2", 1, "CUSTOMER", "Thanks, it arrived", T.plusSeconds(3_600), null);
            message(connection, "c2", 2, "ASSISTANT", "Glad to hear it.", T.plusSeconds(3_601), 1L);
            decision(connection, "c2", 2, "thanks", 0.95, 0.6, "joy", null);
            conversation(connection, "c3", "anonymous-web-123", "bob", T.plusSeconds(7_200));
            message(connection, "c3", 1, "CUSTOMER", "hello", T.plusSeconds(7_200), null);
        }
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        database.close();
    }

    @Test
    void readsConversationsWithTheirCustomerTurns() {
        List<ConversationHistory> all = history.conversations(T.minusSeconds(1), T.plusSeconds(86_400));

        assertThat(all).extracting(ConversationHistory::conversationId).containsExactly("c1", "c2", "c3");
        ConversationHistory first = all.get(0);
        assertThat(first.customerId()).isEqualTo("alice");
        assertThat(first.turns()).hasSize(2);
        assertThat(first.turns().get(1).signals().emotion()).isEqualTo(Emotion.ANGER);
        assertThat(first.turns().get(1).signals().sentimentScore()).isEqualTo(-0.7);
        assertThat(first.turns().get(1).handoffTrigger()).isEqualTo("NEGATIVE_SENTIMENT");
        assertThat(first.handedOff()).isTrue();
        // A message without a decision (not understood yet) still counts as a turn.
        assertThat(all.get(2).customerId()).isEqualTo("bob");
        assertThat(all.get(2).turns().get(0).signals().intent()).isNull();
        assertThat(history.conversations(T.plusSeconds(1), T.plusSeconds(3_600))).isEmpty();
    }

    @Test
    void findsOneConversationAndTheCustomersPastHandoffs() {
        assertThat(history.conversation("c2")).hasValueSatisfying(c -> assertThat(c.turns()).hasSize(1));
        assertThat(history.conversation("no-such")).isEmpty();
        assertThat(history.pastHandoffs("alice", T.plusSeconds(3_600))).isEqualTo(1);
        assertThat(history.pastHandoffs("alice", T)).isZero();
        assertThat(history.pastHandoffs("bob", T.plusSeconds(86_400))).isZero();
    }

    @Test
    void contactsPerCustomerWithRatingsWhenTheTableExists() throws SQLException {
        Map<String, List<CustomerActivity.Contact>> withoutRatings = history.contacts(T.minusSeconds(1), null);

        assertThat(withoutRatings.keySet()).containsExactlyInAnyOrder("alice", "bob");
        assertThat(withoutRatings.get("alice")).extracting(CustomerActivity.Contact::handedOff)
                .containsExactlyInAnyOrder(true, false);
        assertThat(withoutRatings.get("alice")).extracting(CustomerActivity.Contact::lowestSentiment)
                .containsExactlyInAnyOrder(-0.7, 0.6);
        assertThat(withoutRatings.get("alice")).extracting(CustomerActivity.Contact::rating).containsOnlyNulls();

        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE parley_analytics_rating (conversation_id VARCHAR(64) PRIMARY KEY, "
                    + "rating SMALLINT NOT NULL, rated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            statement.execute("INSERT INTO parley_analytics_rating VALUES ('c1', 1, CURRENT_TIMESTAMP)");
        }
        List<CustomerActivity.Contact> alice = history.contacts(T.minusSeconds(1), "alice").get("alice");
        assertThat(alice).extracting(CustomerActivity.Contact::rating).containsExactlyInAnyOrder(1, null);
        assertThat(history.contacts(T.minusSeconds(1), "carol")).isEmpty();
    }

    private static void conversation(Connection connection, String id, String customer, String verified, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO parley_conversation (id, channel, "
                + "customer_id, verified_customer_id, owner, slots, low_confidence_streak, message_count, created_at, "
                + "updated_at, version) VALUES (?, 'web', ?, ?, 'ASSISTANT', '{}', 0, 0, ?, ?, 1)")) {
            statement.setString(1, id);
            statement.setString(2, customer);
            statement.setString(3, verified);
            statement.setObject(4, StoreHistory.timestamp(at));
            statement.setObject(5, StoreHistory.timestamp(at));
            statement.executeUpdate();
        }
    }

    private static void message(Connection connection, String conversation, long seq, String author, String body,
            Instant at, Long replyTo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO parley_message (conversation_id, "
                + "seq, channel, author, message_id, body, written_at, reply_to) VALUES (?, ?, 'web', ?, ?, ?, ?, ?)")) {
            statement.setString(1, conversation);
            statement.setLong(2, seq);
            statement.setString(3, author);
            statement.setString(4, conversation + "-" + seq);
            statement.setString(5, body);
            statement.setObject(6, StoreHistory.timestamp(at));
            statement.setObject(7, replyTo);
            statement.executeUpdate();
        }
    }

    private static void decision(Connection connection, String conversation, long seq, String intent,
            double confidence, double sentiment, String emotion, String trigger) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO parley_decision (conversation_id, "
                + "seq, intent, confidence, sentiment_score, emotion, handoff_trigger, processing_millis, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 5, ?)")) {
            statement.setString(1, conversation);
            statement.setLong(2, seq);
            statement.setString(3, intent);
            statement.setDouble(4, confidence);
            statement.setDouble(5, sentiment);
            statement.setString(6, emotion);
            statement.setString(7, trigger);
            statement.setObject(8, StoreHistory.timestamp(T));
            statement.executeUpdate();
        }
    }
}
