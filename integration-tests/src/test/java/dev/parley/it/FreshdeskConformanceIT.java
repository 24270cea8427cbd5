package dev.parley.it;

import static dev.parley.it.FreshdeskWebhooks.created;
import static dev.parley.it.FreshdeskWebhooks.customerReply;
import static dev.parley.it.FreshdeskWebhooks.fieldUpdates;
import static dev.parley.it.FreshdeskWebhooks.notes;
import static dev.parley.it.FreshdeskWebhooks.replies;
import static dev.parley.it.FreshdeskWebhooks.ticket;
import static dev.parley.it.HelpdeskWebhooks.assertProblem;
import static dev.parley.it.HelpdeskWebhooks.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/**
 * The Freshdesk adapter in the shipped container against a fake Freshdesk: every payload of
 * ../shared/fixtures/freshdesk with the rule's Basic credentials, and bodies written here with the
 * documented template for what those do not show (customers' replies, an agent taking over, a
 * handback, a handoff, the assistant's own replies, redeliveries, wrong credentials, malformed
 * bodies). What the fake Freshdesk receives is what a real one would.
 */
class FreshdeskConformanceIT {

    static final Path FIXTURES = Path.of("../../shared/fixtures/freshdesk");

    static final FakeHost freshdesk = HelpdeskWebhooks.startedHost();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.adapter.freshdesk.cfg", FreshdeskWebhooks.configuration(freshdesk))
            .withConfiguration("dev.parley.webhook.cfg", HelpdeskWebhooks.fastRetries());

    static final HelpdeskWebhooks webhooks = FreshdeskWebhooks.webhooks(parley);

    @BeforeAll
    static void served() {
        webhooks.awaitServed();
    }

    @Test
    void everySharedPayloadIsAcceptedAndOnlyTheNewTicketIsAnswered() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "../shared/fixtures/freshdesk is absent");
        // The new ticket first: its public note then hands ticket 11 to a person.
        assertThat(webhooks.post(Files.readAllBytes(FIXTURES.resolve("ticket_created.json"))).statusCode())
                .isEqualTo(202);
        Await.until("the reply to the new ticket", () -> replies(freshdesk, 11).size() == 1);
        Map<String, Integer> expected = Map.of("ticket_created.json", 200, "priority_changed.json", 200,
                "private_note.json", 200, "public_note.json", 202, "unknown_payload.json", 200);
        List<Path> payloads = HelpdeskWebhooks.fixtures(FIXTURES);
        assertThat(payloads).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        for (Path payload : payloads) {
            assertThat(webhooks.post(Files.readAllBytes(payload)).statusCode()).as(payload.getFileName().toString())
                    .isEqualTo(expected.get(payload.getFileName().toString()));
        }
        webhooks.post(customerReply(11, "<p>Hello?</p>"));
        webhooks.awaitSettled();

        assertThat(replies(freshdesk, 11)).as("once, then silent after the agent's public note").hasSize(1);
        FakeHost.Request reply = replies(freshdesk, 11).get(0);
        assertThat(reply.header("Authorization")).contains(FreshdeskWebhooks.basic(FreshdeskWebhooks.API_KEY, "X"));
        assertThat(json(reply).get("body").getAsString()).isNotBlank().doesNotContain("\n");
        assertThat(freshdesk.requests()).as("only ticket calls")
                .allMatch(request -> request.path().matches("/api/v2/tickets/\\d+(/reply|/notes)?"));
        assertThat(parley.log()).doesNotContain(FreshdeskWebhooks.API_KEY).doesNotContain(FreshdeskWebhooks.PASSWORD);
    }

    @Test
    void customersRepliesAreAnsweredAndTheAssistantsOwnAreNot() {
        webhooks.post(created(20, "<div>What are your <b>opening hours</b>?</div>"));
        Await.until("the reply to the new ticket", () -> replies(freshdesk, 20).size() == 1);

        webhooks.post(customerReply(20, "<p>And on Saturday?</p>"));
        Await.until("the reply to the customer's reply", () -> replies(freshdesk, 20).size() == 2);
        assertThat(webhooks.post(ticket(20, "{reply_sent:sent}", "performed_by", "assistant")).statusCode())
                .isEqualTo(200);
        webhooks.awaitSettled();
        assertThat(replies(freshdesk, 20)).hasSize(2);
    }

    @Test
    void anAgentTakesOverAndTheAssistantStaysSilentUntilHandedBack() {
        webhooks.post(created(30, "<div>What are your opening hours?</div>"));
        Await.until("the assistant answers", () -> replies(freshdesk, 30).size() == 1);

        assertThat(webhooks.post(ticket(30, "{reply_sent:sent}", "performed_by", "agent")).statusCode()).isEqualTo(202);
        webhooks.post(customerReply(30, "<p>Thanks, and do you ship to Austria?</p>"));
        webhooks.awaitSettled();
        assertThat(replies(freshdesk, 30)).as("silent while the agent owns it").hasSize(1);

        webhooks.post(ticket(30, "{priority:{from:2,to:1}}", "ticket_tags", "vip, parley_handback"));
        webhooks.post(customerReply(30, "<p>What are your opening hours on Saturday?</p>"));
        Await.until("the assistant answers again after the handback", () -> replies(freshdesk, 30).size() == 2);
    }

    @Test
    void anAssignmentOrPendingStatusSilencesTheAssistant() {
        webhooks.post(ticket(40, "{responder_id:{from:,to:8000123}}"));
        webhooks.post(customerReply(40, "<p>Where is my order?</p>"));
        webhooks.post(ticket(41, "{status:{from:2,to:3}}"));
        webhooks.post(customerReply(41, "<p>Where is my order?</p>"));
        webhooks.awaitSettled();

        assertThat(replies(freshdesk, 40)).isEmpty();
        assertThat(replies(freshdesk, 41)).isEmpty();
    }

    @Test
    void aHandoffIsAPrivateNoteThenGroupPriorityAndTags() {
        webhooks.post(ticket(50, "{ticket_action:created}", "ticket_description",
                "<div>This is ridiculous!!! My parcel arrived broken and NOBODY answers my emails. I am furious.</div>",
                "ticket_tags", "web"));
        Await.until("the handoff's calls", () -> fieldUpdates(freshdesk, 50).size() == 2);

        assertThat(replies(freshdesk, 50)).hasSize(1);
        FakeHost.Request note = notes(freshdesk, 50).get(0);
        assertThat(json(note).get("private").getAsBoolean()).isTrue();
        String summary = json(note).get("body").getAsString();
        assertThat(summary).contains("Queue: ").doesNotContain("ridiculous");
        long group = summary.contains("Queue: shipping") ? 43000004L : summary.contains("Queue: billing") ? 43000005L
                : 43000009L;
        FakeHost.Request handoff = fieldUpdates(freshdesk, 50).get(1);
        assertThat(json(handoff).get("group_id").getAsLong()).as("the queue's group, else the default").isEqualTo(group);
        assertThat(json(handoff).get("priority").getAsInt()).isBetween(3, 4);
        assertThat(json(handoff).getAsJsonArray("tags").toString()).contains("web", "parley_handoff");
        assertThat(json(fieldUpdates(freshdesk, 50).get(0)).getAsJsonArray("tags").toString())
                .as("the reply's intent and sentiment tags").contains("web", "parley_sentiment_negative");
    }

    @Test
    void aRedeliveredTicketIsAnsweredOnce() {
        String ticket = created(60, "<div>What are your opening hours?</div>");

        assertThat(webhooks.post(ticket).statusCode()).isEqualTo(202);
        assertThat(webhooks.post(ticket).statusCode()).isEqualTo(200);
        webhooks.awaitSettled();

        assertThat(replies(freshdesk, 60)).hasSize(1);
    }

    @Test
    void missingOrWrongCredentialsAre401AndTheCustomHeaderIsAccepted() {
        byte[] body = created(70, "<div>my card number is 4111 1111 1111 1111</div>").getBytes(UTF_8);

        assertProblem(webhooks.send(body), 401);
        assertProblem(webhooks.send(body, "Authorization", FreshdeskWebhooks.basic("freshdesk", "guess")), 401);
        assertProblem(webhooks.send(body, "X-Parley-Secret", "guess"), 401);
        webhooks.awaitSettled();
        assertThat(replies(freshdesk, 70)).isEmpty();
        assertThat(parley.log()).doesNotContain("4111");

        assertThat(webhooks.send(created(71, "<div>What are your opening hours?</div>").getBytes(UTF_8),
                "X-Parley-Secret", FreshdeskWebhooks.HEADER_SECRET).statusCode()).isEqualTo(202);
        Await.until("the reply", () -> replies(freshdesk, 71).size() == 1);
    }

    @Test
    void oversizedAndMalformedBodiesGetClearAnswers() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        assertProblem(webhooks.post(huge), 413);
        assertThat(assertProblem(webhooks.post("{\"freshdesk_webhook\": "), 400).get("detail").getAsString())
                .contains("not valid JSON");
        assertThat(assertProblem(webhooks.post("{\"freshdesk_webhook\": {\"triggered_event\": \"{ticket_action:created}\"}}"),
                400).get("field").getAsString()).isEqualTo("freshdesk_webhook.ticket_id");
        assertThat(parley.get("/system/health").statusCode()).as("the container is unaffected").isEqualTo(200);
    }
}
