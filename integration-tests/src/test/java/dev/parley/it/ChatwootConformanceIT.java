package dev.parley.it;

import static dev.parley.it.ChatwootWebhooks.customerMessage;
import static dev.parley.it.ChatwootWebhooks.json;
import static dev.parley.it.ChatwootWebhooks.outgoingMessage;
import static dev.parley.it.ChatwootWebhooks.replies;
import static dev.parley.it.ChatwootWebhooks.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/**
 * The Chatwoot adapter in the shipped container against a fake Chatwoot: every real payload of
 * ../shared/fixtures/chatwoot, signed as Chatwoot signs, and payloads written here for what those
 * do not show (Parley's own messages, private notes, an agent taking over, a handback, a handoff).
 * What the fake Chatwoot receives is what a real one would.
 */
class ChatwootConformanceIT {

    static final Path FIXTURES = Path.of("../../shared/fixtures/chatwoot");

    static final FakeHost chatwoot = started();

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
    void everyChatwootPayloadIsAcceptedAndOnlyTheCustomersMessageIsAnswered() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "../shared/fixtures/chatwoot is absent");
        // The customer's message first: the other payloads of conversation 10 hand it to a person.
        byte[] message = Files.readAllBytes(FIXTURES.resolve("message_created.json"));
        assertThat(webhooks.post(message, Instant.now()).statusCode()).isEqualTo(202);
        Await.until("the reply to the fixture's message", () -> replies(chatwoot, 10).size() == 1);

        for (Path payload : payloads()) {
            assertThat(webhooks.post(Files.readAllBytes(payload), Instant.now()).statusCode())
                    .as(payload.getFileName().toString()).isBetween(200, 202);
        }
        assertThat(webhooks.post(message, Instant.now()).statusCode()).as("a redelivery").isEqualTo(200);
        webhooks.awaitSettled();

        FakeHost.Request reply = replies(chatwoot, 10).get(0);
        assertThat(replies(chatwoot, 10)).hasSize(1);
        assertThat(reply.header("api_access_token")).contains(ChatwootWebhooks.TOKEN);
        JsonObject body = json(reply);
        assertThat(body.get("message_type").getAsString()).isEqualTo("outgoing");
        assertThat(body.get("private").getAsBoolean()).isFalse();
        assertThat(body.get("content").getAsString()).isNotBlank();
        assertThat(chatwoot.requests("POST", ".*/conversations/10/(toggle_status|assignments|labels)")).isEmpty();
        assertThat(parley.log()).doesNotContain(ChatwootWebhooks.TOKEN).doesNotContain(ChatwootWebhooks.SECRET);
    }

    @Test
    void parleysOwnMessagesAndPrivateNotesAreNeverAnswered() {
        assertThat(webhooks.post(outgoingMessage(20, 2001, "agent_bot", false)).statusCode()).isEqualTo(200);
        assertThat(webhooks.post(outgoingMessage(20, 2002, "user", true)).statusCode()).isEqualTo(200);
        String note = customerMessage(20, 2003, "internal: customer is a VIP").replace("\"private\":false",
                "\"private\":true");
        assertThat(webhooks.post(note).statusCode()).isEqualTo(200);
        webhooks.awaitSettled();

        assertThat(chatwoot.requests("POST", ".*/conversations/20/.*")).isEmpty();
    }

    @Test
    void anAgentTakesOverAndTheAssistantStaysSilentUntilHandedBack() {
        webhooks.post(customerMessage(30, 3001, "What are your opening hours?"));
        Await.until("the assistant answers", () -> replies(chatwoot, 30).size() == 1);

        assertThat(webhooks.post(outgoingMessage(30, 3002, "user", false)).statusCode()).isEqualTo(202);
        webhooks.post(customerMessage(30, 3003, "Thanks, and do you ship to Austria?"));
        webhooks.awaitSettled();
        assertThat(replies(chatwoot, 30)).as("silent while the agent owns it").hasSize(1);

        webhooks.post(statusChanged(30, "pending"));
        webhooks.post(customerMessage(30, 3004, "What are your opening hours on Saturday?"));
        Await.until("the assistant answers again after the handback", () -> replies(chatwoot, 30).size() == 2);
    }

    @Test
    void statusOpenAndAnAssignmentEachSilenceTheAssistant() {
        webhooks.post(statusChanged(40, "open"));
        webhooks.post(customerMessage(40, 4001, "Where is my order?"));
        webhooks.post("{\"event\": \"conversation_updated\", \"id\": 41, \"changed_attributes\": "
                + "[{\"assignee_id\": {\"previous_value\": null, \"current_value\": 5}}]}");
        webhooks.post(customerMessage(41, 4101, "Where is my order?"));
        webhooks.awaitSettled();

        assertThat(replies(chatwoot, 40)).isEmpty();
        assertThat(replies(chatwoot, 41)).isEmpty();
    }

    @Test
    void aHandoffOpensTheConversationForPeopleAssignsTheMappedTeamAndLabelsIt() {
        webhooks.post(customerMessage(50, 5001,
                "This is ridiculous!!! My parcel arrived broken and NOBODY answers my emails. I am furious."));
        Await.until("the handoff's calls", () -> chatwoot.requests("POST", ".*/conversations/50/labels").size() == 1);

        List<String> calls = chatwoot.requests("POST", ".*/conversations/50/.*").stream()
                .map(request -> request.path().substring(request.path().lastIndexOf('/') + 1)).toList();
        assertThat(calls).containsExactly("messages", "toggle_status", "assignments", "labels");
        assertThat(json(chatwoot.requests("POST", ".*/50/toggle_status").get(0)).get("status").getAsString())
                .isEqualTo("open");
        assertThat(json(chatwoot.requests("POST", ".*/50/assignments").get(0)).get("team_id").getAsLong())
                .as("shipping=4").isEqualTo(4);
        assertThat(json(chatwoot.requests("POST", ".*/50/labels").get(0)).getAsJsonArray("labels").toString())
                .contains("sentiment-negative");

        webhooks.post(customerMessage(50, 5002, "hello?"));
        webhooks.awaitSettled();
        assertThat(replies(chatwoot, 50)).as("a person owns it now").hasSize(1);
    }

    @Test
    void unknownEventsAreAcknowledgedAndMalformedOnesRefusedNamingTheField() {
        assertThat(webhooks.post("{\"event\": \"conversation_typing_on\", \"id\": 60}").statusCode()).isEqualTo(200);
        var missing = webhooks.post("{\"event\": \"message_created\", \"id\": 6001, \"message_type\": \"incoming\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"field\":\"conversation\"");
    }

    private static List<Path> payloads() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("signature_vector"))
                    .sorted().toList();
        }
    }

    static FakeHost started() {
        try {
            return new FakeHost().respond("POST", ".*/messages", 200, "{\"id\": 9000}").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
