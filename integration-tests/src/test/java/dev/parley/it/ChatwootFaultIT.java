package dev.parley.it;

import static dev.parley.it.ChatwootWebhooks.customerMessage;
import static dev.parley.it.ChatwootWebhooks.replies;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/**
 * What goes wrong between Chatwoot and Parley: Chatwoot's API down, throttling, a restart with
 * replies pending, redeliveries, forged, replayed and malformed requests. Replies are never lost and
 * never sent twice; bad requests get a clear 4xx.
 */
class ChatwootFaultIT {

    static final FakeHost chatwoot = ChatwootConformanceIT.started();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.adapter.chatwoot.cfg", ChatwootWebhooks.configuration(chatwoot))
            .withConfiguration("dev.parley.webhook.cfg", ChatwootWebhooks.fastRetries());

    static final ChatwootWebhooks webhooks = new ChatwootWebhooks(parley);

    @BeforeAll
    static void served() {
        webhooks.awaitServed();
    }

    @Test
    void chatwootDownForThirtySecondsThenBackGetsEveryReplyExactlyOnce() throws Exception {
        chatwoot.down();
        try {
            for (long conversation = 100; conversation < 105; conversation++) {
                assertThat(webhooks.post(customerMessage(conversation, conversation * 10, "What are your opening hours?"))
                        .statusCode()).isEqualTo(202);
            }
            Thread.sleep(Duration.ofSeconds(30).toMillis());
            assertThat(outbox().get("pending").getAsInt()).as("replies waiting, none lost").isEqualTo(5);
        } finally {
            chatwoot.up();
        }
        Await.until("every reply delivered", Duration.ofSeconds(60), () -> LongStream.range(100, 105)
                .allMatch(conversation -> !replies(chatwoot, conversation).isEmpty()));
        webhooks.awaitSettled();

        for (long conversation = 100; conversation < 105; conversation++) {
            assertThat(replies(chatwoot, conversation)).as("conversation " + conversation).hasSize(1);
        }
        assertThat(outbox().get("dead").getAsInt()).isZero();
    }

    @Test
    void aThrottledReplyWaitsForRetryAfter() {
        chatwoot.throttle(1, Duration.ofSeconds(3));
        webhooks.post(customerMessage(200, 2001, "What are your opening hours?"));

        Await.until("the reply after the throttling", () -> replies(chatwoot, 200).size() == 2);
        List<FakeHost.Request> attempts = replies(chatwoot, 200);
        assertThat(Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt()))
                .as("Retry-After: 3").isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        webhooks.awaitSettled();
        assertThat(replies(chatwoot, 200)).hasSize(2);
    }

    @Test
    void repliesPendingWhenTheContainerStopsAreDeliveredAfterItStarts() throws Exception {
        chatwoot.unavailable();
        try {
            for (long conversation = 300; conversation < 303; conversation++) {
                webhooks.post(customerMessage(conversation, conversation * 10, "What are your opening hours?"));
            }
            Await.until("the replies are in the outbox", () -> outbox().get("pending").getAsInt() == 3);
            parley.stop();
        } finally {
            chatwoot.available();
        }
        Instant stopped = Instant.now();
        parley.start();

        // Every attempt before the stop was answered 503; after the start each reply arrives once.
        Await.until("the pending replies delivered after the restart", Duration.ofSeconds(60),
                () -> LongStream.range(300, 303).allMatch(conversation -> afterwards(conversation, stopped) == 1));
        webhooks.awaitSettled();
        assertThat(LongStream.range(300, 303).map(conversation -> afterwards(conversation, stopped)).sum()).isEqualTo(3);
        assertThat(outbox().get("dead").getAsInt()).isZero();
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnce() {
        String message = customerMessage(400, 4001, "What are your opening hours?");

        assertThat(webhooks.post(message).statusCode()).isEqualTo(202);
        assertThat(webhooks.post(message).statusCode()).isEqualTo(200);
        assertThat(webhooks.post(message).body()).contains("duplicate");
        webhooks.awaitSettled();

        assertThat(replies(chatwoot, 400)).hasSize(1);
    }

    @Test
    void unsignedForgedAndReplayedRequestsAre401AndNotLogged() {
        String secretText = "my card number is 4111 1111 1111 1111";
        byte[] body = customerMessage(500, 5001, secretText).getBytes(UTF_8);
        String now = Long.toString(Instant.now().getEpochSecond());
        String old = Long.toString(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());

        assertProblem(webhooks.send(body), 401);
        assertProblem(webhooks.send(body, "X-Chatwoot-Timestamp", now, "X-Chatwoot-Signature", "sha256=" + "0".repeat(64)),
                401);
        assertProblem(webhooks.send(body, "X-Chatwoot-Timestamp", old, "X-Chatwoot-Signature",
                "sha256=" + ChatwootWebhooks.sign(old, body)), 401);
        webhooks.awaitSettled();

        assertThat(replies(chatwoot, 500)).isEmpty();
        assertThat(parley.log()).doesNotContain("4111");
    }

    @Test
    void oversizedMalformedAndNonUtf8BodiesAreRefusedClearly() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        assertProblem(webhooks.post(huge, Instant.now()), 413);
        HttpResponse<String> chunked = parley.send(HttpRequest.newBuilder(parley.uri(ChatwootWebhooks.PATH))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));
        assertThat(chunked.statusCode()).as("no Content-Length").isEqualTo(413);

        assertThat(assertProblem(webhooks.post("{\"event\": \"message_created\", "), 400).get("detail").getAsString())
                .contains("not valid JSON");
        byte[] latin1 = customerMessage(600, 6001, "Grüße").replace("Grüße", "Gr\u00fc\u00dfe")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(assertProblem(webhooks.post(latin1, Instant.now()), 400).get("detail").getAsString())
                .contains("UTF-8");
        assertThat(parley.get("/system/health").statusCode()).as("the container is unaffected").isEqualTo(200);
    }

    @Test
    void aReplyChatwootRefusesForGoodIsADeadLetterThatCanBeReplayed() {
        chatwoot.clearResponses().respond("POST", ".*/conversations/700/messages", 404, "{}")
                .respond("POST", ".*/messages", 200, "{\"id\": 9000}");
        webhooks.post(customerMessage(700, 7001, "What are your opening hours?"));

        Await.until("a dead letter", () -> outbox().get("dead").getAsInt() == 1);
        assertThat(parley.healthMessages("Webhooks and outbox")).anyMatch(message -> message.contains("1 dead letters"));
        JsonObject letter = webhooks.queues().getAsJsonArray("deadLetters").get(0).getAsJsonObject();
        assertThat(letter.get("reason").getAsString()).contains("HTTP 404");
        assertThat(letter.toString()).doesNotContain("opening hours");

        chatwoot.clearResponses().respond("POST", ".*/messages", 200, "{\"id\": 9000}");
        HttpResponse<String> replay = parley.send(HttpRequest.newBuilder(parley.uri("/system/console/parley-outbox"))
                .header("Authorization", ParleyContainer.basic("admin", parley.consolePassword()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=replay&id=" + letter.get("id").getAsString())));
        assertThat(replay.statusCode()).isEqualTo(200);

        Await.until("the replayed reply delivered", () -> replies(chatwoot, 700).size() == 2);
        webhooks.awaitSettled();
        assertThat(outbox().get("dead").getAsInt()).isZero();
    }

    private static long afterwards(long conversation, Instant instant) {
        return replies(chatwoot, conversation).stream().filter(reply -> reply.receivedAt().isAfter(instant)).count();
    }

    private static JsonObject outbox() {
        return webhooks.queues().getAsJsonObject("outbox");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
