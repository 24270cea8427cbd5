package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code backtest-escalation --jdbc-url} on a real H2 store with the store's own schema:
 * conversations whose customers' sentiment falls are handed off, and the command measures that.
 */
class StoreEscalationBacktestTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RiskTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void backtestsTheStoresHistory() throws Exception {
        String url = store(400);

        int exit = run("backtest-escalation", "--jdbc-url", url, "--days", "30");

        assertThat(exit).as(err.toString()).isZero();
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("conversations").getAsInt()).isEqualTo(400);
        assertThat(json.get("testConversations").getAsInt()).isEqualTo(80);
        assertThat(json.getAsJsonObject("model").get("auc").getAsDouble()).isGreaterThan(0.7);
    }

    @Test
    void tooLittleHistoryOrAnUnreachableStoreFails() throws Exception {
        String url = store(5);

        assertThat(run("backtest-escalation", "--jdbc-url", url)).isEqualTo(1);
        assertThat(err.toString()).contains("too few handoffs");
        assertThat(run("backtest-escalation", "--jdbc-url", "jdbc:mysql://x/y")).isEqualTo(2);
        assertThat(run("backtest-escalation", "--jdbc-url", "jdbc:h2:" + folder.resolve("none")
                + ";IFEXISTS=TRUE")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read the store");
    }

    /** A store with {@code count} conversations in the last days; falling sentiment leads to a handoff. */
    private String store(int count) throws SQLException, IOException {
        String url = "jdbc:h2:" + folder.resolve("store-" + count).toAbsolutePath();
        Random random = new Random(count);
        Instant now = Instant.now();
        try (Connection connection = DriverManager.getConnection(url, "", "")) {
            for (String script : new String[] { "V1.sql", "V2.sql" }) {
                try (InputStream in = StoreEscalationBacktestTest.class.getClassLoader()
                        .getResourceAsStream("db/parley/h2/" + script); Statement statement = connection.createStatement()) {
                    for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                        if (!sql.replaceAll("--[^\\n]*", "").isBlank()) {
                            statement.execute(sql);
                        }
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                Instant at = now.minusSeconds(3_600L * (count - k));
                String id = "c" + k;
                try (PreparedStatement statement = connection.prepareStatement("INSERT INTO parley_conversation (id, "
                        + "channel, customer_id, owner, slots, low_confidence_streak, message_count, created_at, "
                        + "updated_at, version) VALUES (?, 'web', ?, 'ASSISTANT', '{}', 0, 0, ?, ?, 1)")) {
                    statement.setString(1, id);
                    statement.setString(2, "customer-" + (k % 50));
                    statement.setObject(3, at.atOffset(ZoneOffset.UTC));
                    statement.setObject(4, at.atOffset(ZoneOffset.UTC));
                    statement.executeUpdate();
                }
                double drift = 0.3 * random.nextGaussian();
                double sentiment = 0.2;
                for (int t = 0; t < 5; t++) {
                    sentiment = Math.max(-1, Math.min(1, sentiment + drift + 0.15 * random.nextGaussian()));
                    boolean handOff = t > 0 && sentiment < -0.5 && random.nextDouble() < 0.7;
                    turn(connection, id, 2 * t + 1, at.plusSeconds(60L * t), sentiment, handOff);
                    if (handOff) {
                        break;
                    }
                }
            }
        }
        return url;
    }

    private static void turn(Connection connection, String id, long seq, Instant at, double sentiment, boolean handOff)
            throws SQLException {
        try (PreparedStatement message = connection.prepareStatement("INSERT INTO parley_message (conversation_id, seq, "
                + "channel, author, message_id, body, written_at, reply_to) VALUES (?, ?, 'web', ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 2; i++) {
                message.setString(1, id);
                message.setLong(2, seq + i);
                message.setString(3, i == 0 ? "CUSTOMER" : "ASSISTANT");
                message.setString(4, id + "-" + (seq + i));
                message.setString(5, i == 0 ? "where is my parcel" : "let me check");
                message.setObject(6, at.plusSeconds(i).atOffset(ZoneOffset.UTC));
                message.setObject(7, i == 0 ? null : seq);
                message.executeUpdate();
            }
        }
        try (PreparedStatement decision = connection.prepareStatement("INSERT INTO parley_decision (conversation_id, seq, "
                + "intent, confidence, sentiment_score, emotion, handoff_trigger, processing_millis, decided_at) "
                + "VALUES (?, ?, 'order_status', 0.9, ?, ?, ?, 5, ?)")) {
            decision.setString(1, id);
            decision.setLong(2, seq + 1);
            decision.setDouble(3, sentiment);
            decision.setString(4, sentiment < -0.3 ? "frustration" : "neutral");
            decision.setString(5, handOff ? "NEGATIVE_SENTIMENT" : null);
            decision.setObject(6, at.atOffset(ZoneOffset.UTC));
            decision.executeUpdate();
        }
    }
}
