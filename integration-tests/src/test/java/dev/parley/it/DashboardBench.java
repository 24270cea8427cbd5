package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ContainerClient;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.PostgresSchema;

/**
 * How long the dashboard's JSON takes on a store of a busy month, on PostgreSQL: 100,000
 * conversations over the last 30 days ({@code -Dparley.bench.conversations=N}), two messages and a
 * decision each, one in ten owned by a person. Prints the time of each resource the first time, from
 * the cache, and once the running period's figures have expired; and of the volume forecast.
 *
 * <p>{@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=DashboardBench}
 */
class DashboardBench {

    private static final int CONVERSATIONS = Integer.getInteger("parley.bench.conversations", 100_000);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    @Order(1)
    static final PostgresSchema postgres = new PostgresSchema();

    @RegisterExtension
    @Order(2)
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.store.cfg", postgres.storeConfiguration())
            // the rollup's backfill of the written month starts within 5 s instead of a minute
            .withConfiguration("dev.parley.analytics.cfg", "rollupIntervalSeconds=5\n");

    @Test
    void resourcesOfABusyMonth() throws Exception {
        Await.until("the dashboard's analytics answer", Duration.ofSeconds(60),
                () -> parley.getAsAdmin("/parley/api/kpis?period=today").statusCode() == 200);
        long written = System.nanoTime();
        writeConversations();
        System.out.printf("wrote %,d conversations in %.1f s%n", CONVERSATIONS, seconds(System.nanoTime() - written));
        long backfill = System.nanoTime();
        backfillAgain();
        System.out.printf("the analytics rollup took them in in %.1f s%n", seconds(System.nanoTime() - backfill));

        time("kpis?period=30d (first)");
        time("sla?period=30d (the same summary)");
        time("trends?period=30d (first: one daily-figures call)");
        time("trends?period=30d (cached)");
        assertEveryConversationCounted();
        time("kpis?period=7d (first)");
        time("trends?period=7d (first)");
        double[] handoffs = new double[5];
        for (int i = 0; i < handoffs.length; i++) {
            handoffs[i] = time("handoffs (run " + (i + 1) + ")");
        }
        Arrays.sort(handoffs);
        System.out.printf("handoffs median %.3f s%n", handoffs[handoffs.length / 2]);
        Thread.sleep(Duration.ofSeconds(21).toMillis());
        time("trends?period=30d (21 s later: the daily figures again)");
        time("models");
        time("forecast (first: 24 hours and 14 days)");
        time("forecast (again)");
    }

    private static void writeConversations() throws Exception {
        String spacing = (30 * 86_400.0 / CONVERSATIONS) + " seconds";
        String at = "now() - (g * interval '" + spacing + "')";
        String series = " FROM generate_series(1, " + CONVERSATIONS + ") g";
        try (Connection connection = DriverManager.getConnection(postgres.url(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO parley_conversation (id, channel, customer_id, owner, slots, "
                    + "low_confidence_streak, message_count, created_at, updated_at, version) SELECT 'b' || g, 'web', "
                    + "'C-' || (g % 20000), CASE WHEN g % 10 = 0 THEN 'HUMAN' WHEN g % 10 < 3 THEN 'RESOLVED' "
                    + "ELSE 'ASSISTANT' END, '{}', 0, 2, " + at + ", " + at + " + interval '5 minutes', 1" + series);
            statement.execute("INSERT INTO parley_message (conversation_id, seq, channel, author, message_id, body, "
                    + "written_at) SELECT 'b' || g, 1, 'web', 'CUSTOMER', 'b' || g || '-1', 'text', " + at + series);
            statement.execute("INSERT INTO parley_message (conversation_id, seq, channel, author, message_id, body, "
                    + "written_at) SELECT 'b' || g, 2, 'web', 'ASSISTANT', 'b' || g || '-2', 'text', " + at
                    + " + interval '2 seconds'" + series);
            statement.execute("INSERT INTO parley_decision (conversation_id, seq, intent, confidence, sentiment_score, "
                    + "sentiment_label, handoff_queue, handoff_trigger, ticket_id, processing_millis, decided_at) "
                    + "SELECT 'b' || g, 1, 'order_status', 0.9, ((g % 7) - 3) / 3.0, CASE WHEN g % 7 < 2 THEN "
                    + "'negative' ELSE 'neutral' END, CASE WHEN g % 10 = 0 THEN 'general' END, CASE WHEN g % 10 = 0 "
                    + "THEN 'CUSTOMER_REQUEST' END, CASE WHEN g % 10 = 0 THEN 'T-' || g END, 5, " + at
                    + " + interval '1 second'" + series);
            statement.execute("ANALYZE");
        }
    }

    /**
     * The month is written with past {@code updated_at} times, behind the rollup's watermark, as
     * a store that existed before the analytics bundle was installed: its backfill is run again.
     */
    private static void backfillAgain() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.url(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE parley_analytics_rollup_state SET backfilled = FALSE, backfill_after = NULL, "
                    + "watermark = NULL WHERE id = 1");
            Await.until("the rollup's backfill", Duration.ofMinutes(10), () -> {
                try (var row = statement.executeQuery("SELECT backfilled FROM parley_analytics_rollup_state")) {
                    return row.next() && row.getBoolean(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** The figures were measured on the whole month: the summary and the trends count every conversation. */
    private static void assertEveryConversationCounted() {
        JsonObject kpis = JsonParser.parseString(parley.getAsAdmin("/parley/api/kpis?period=30d").body())
                .getAsJsonObject();
        long trended = 0;
        for (var day : JsonParser.parseString(parley.getAsAdmin("/parley/api/trends?period=30d").body())
                .getAsJsonObject().getAsJsonArray("days")) {
            trended += day.getAsJsonObject().get("conversations").getAsLong();
        }
        System.out.printf("30 days: %,d conversations in the summary, %,d in the trends%n",
                kpis.get("conversations").getAsLong(), trended);
        // the written month reaches a little before the period's first day
        assertThat(kpis.get("conversations").getAsLong()).isGreaterThan(CONVERSATIONS * 9L / 10);
        assertThat(trended).isEqualTo(kpis.get("conversations").getAsLong());
    }

    private static double time(String resource) {
        String path = "/parley/api/" + resource.substring(0, resource.indexOf(' ') < 0 ? resource.length()
                : resource.indexOf(' '));
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            // a cold 30-day trend on a loaded machine takes longer than the harness's 30 s
            response = HTTP.send(HttpRequest.newBuilder(parley.uri(path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", ContainerClient.basic("admin", parley.consolePassword())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path + " failed", e);
        }
        double seconds = seconds(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        System.out.printf("%-62s %7.3f s%n", resource, seconds);
        return seconds;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
