package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** The queue read from the store's own tables, on H2 and on PostgreSQL (a failure there with CI=true). */
class HandoffQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase database;
    private ConnectionPool pool;

    @AfterEach
    void close() throws SQLException {
        if (pool != null) {
            pool.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private DataSource store(Backend backend) {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate("parley", ConnectionPool.class.getClassLoader(), "db/parley");
        return pool.dataSource();
    }

    private static void conversation(DataSource data, String id, String customer, String owner, Instant updated)
            throws SQLException {
        try (Connection connection = data.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO parley_conversation (id, channel, customer_id, owner, slots, low_confidence_streak, "
                        + "message_count, created_at, updated_at, version) VALUES (?, 'web', ?, ?, '{}', 0, 0, ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setString(2, customer);
            insert.setString(3, owner);
            insert.setObject(4, updated.minusSeconds(600).atOffset(ZoneOffset.UTC));
            insert.setObject(5, updated.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void decision(DataSource data, String conversation, long seq, String queue, String trigger,
            String ticket, Instant decided) throws SQLException {
        try (Connection connection = data.getConnection()) {
            try (PreparedStatement message = connection.prepareStatement("INSERT INTO parley_message (conversation_id, "
                    + "seq, channel, author, message_id, body, written_at) VALUES (?, ?, 'web', 'CUSTOMER', ?, "
                    + "'private text', ?)")) {
                message.setString(1, conversation);
                message.setLong(2, seq);
                message.setString(3, conversation + "-" + seq);
                message.setObject(4, decided.atOffset(ZoneOffset.UTC));
                message.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parley_decision (conversation_id, "
                    + "seq, intent, confidence, sentiment_score, handoff_queue, handoff_trigger, ticket_id, "
                    + "processing_millis, decided_at) VALUES (?, ?, 'talk_to_human', 0.9, 0, ?, ?, ?, 5, ?)")) {
                insert.setString(1, conversation);
                insert.setLong(2, seq);
                insert.setString(3, queue);
                insert.setString(4, trigger);
                insert.setString(5, ticket);
                insert.setObject(6, decided.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void peopleOwnedConversationsNewestHandoffFirstWithTheirLastHandoff(Backend backend) throws Exception {
        DataSource data = store(backend);
        conversation(data, "old", "C-1", "HUMAN", NOW.minusSeconds(3000));
        decision(data, "old", 1, "billing", "NEGATIVE_SENTIMENT", "T-1", NOW.minusSeconds(3600));
        conversation(data, "new", null, "HUMAN", NOW.minusSeconds(100));
        decision(data, "new", 1, null, null, "T-7", NOW.minusSeconds(900));
        decision(data, "new", 2, "general", "CUSTOMER_REQUEST", null, NOW.minusSeconds(120));
        decision(data, "new", 3, null, null, null, NOW.minusSeconds(100));
        conversation(data, "agent", "C-2", "HUMAN", NOW.minusSeconds(1800));
        conversation(data, "bot", "C-3", "ASSISTANT", NOW.minusSeconds(10));
        decision(data, "bot", 1, "general", "LOW_CONFIDENCE", "T-9", NOW.minusSeconds(10));
        conversation(data, "done", "C-4", "RESOLVED", NOW.minusSeconds(10));

        JsonObject queue = new HandoffQueue(data, Clock.fixed(NOW, ZoneOffset.UTC)).read(50);

        assertThat(queue.get("total").getAsLong()).isEqualTo(3);
        JsonArray rows = queue.getAsJsonArray("conversations");
        assertThat(rows).extracting(row -> row.getAsJsonObject().get("conversationId").getAsString())
                .containsExactly("new", "agent", "old");
        JsonObject newest = rows.get(0).getAsJsonObject();
        assertThat(newest.get("queue").getAsString()).isEqualTo("general");
        assertThat(newest.get("reason").getAsString()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(newest.get("ticketId").getAsString()).as("the conversation's latest ticket").isEqualTo("T-7");
        assertThat(newest.get("waitingSeconds").getAsLong()).isEqualTo(120);
        assertThat(newest.get("customerId").isJsonNull()).isTrue();
        JsonObject agent = rows.get(1).getAsJsonObject();
        assertThat(agent.get("handoffDecision").getAsBoolean()).isFalse();
        assertThat(agent.get("reason").isJsonNull()).isTrue();
        assertThat(agent.get("waitingSeconds").getAsLong()).isEqualTo(1800);
        JsonObject old = rows.get(2).getAsJsonObject();
        assertThat(old.get("ticketId").getAsString()).isEqualTo("T-1");
        assertThat(old.get("customerId").getAsString()).isEqualTo("C-1");
        assertThat(queue.toString()).doesNotContain("private text");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theLimitKeepsTheNewestAndTheTotalCountsAll(Backend backend) throws Exception {
        DataSource data = store(backend);
        for (int i = 0; i < 5; i++) {
            conversation(data, "c" + i, null, "HUMAN", NOW.minusSeconds(100L * i));
        }

        JsonObject queue = new HandoffQueue(data, Clock.fixed(NOW, ZoneOffset.UTC)).read(2);

        assertThat(queue.get("total").getAsLong()).isEqualTo(5);
        assertThat(queue.getAsJsonArray("conversations")).extracting(row -> row.getAsJsonObject().get("conversationId")
                .getAsString()).isEqualTo(List.of("c0", "c1"));
    }
}
