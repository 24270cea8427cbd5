package dev.parley.it;

import static dev.parley.it.HelpdeskWebhooks.assertProblem;
import static dev.parley.it.ZendeskWebhooks.AGENT;
import static dev.parley.it.ZendeskWebhooks.ASSISTANT;
import static dev.parley.it.ZendeskWebhooks.comment;
import static dev.parley.it.ZendeskWebhooks.customer;
import static dev.parley.it.ZendeskWebhooks.event;
import static dev.parley.it.ZendeskWebhooks.replies;
import static dev.parley.it.ZendeskWebhooks.ticket;
import static dev.parley.it.ZendeskWebhooks.updates;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
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
 * The Zendesk adapter in the shipped container against a fake Zendesk: every payload of
 * ../shared/fixtures/zendesk, signed as Zendesk signs at the current time, and event webhooks
 * written here for what those do not show (the assistant's own comments, internal notes, an agent
 * taking over, a handback, a handoff, redeliveries, forged and malformed requests). What the fake
 * Zendesk receives is what a real one would.
 */
class ZendeskConformanceIT {

    static final Path FIXTURES = Path.of("../../shared/fixtures/zendesk");

    static final FakeHost zendesk = HelpdeskWebhooks.startedHost();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.adapter.zendesk.cfg", ZendeskWebhooks.configuration(zendesk))
            .withConfiguration("dev.parley.webhook.cfg", HelpdeskWebhooks.fastRetries());

    static final HelpdeskWebhooks webhooks = ZendeskWebhooks.webhooks(parley);

    @BeforeAll
    static void served() {
        webhooks.awaitServed();
    }

    @Test
    void everySharedPayloadIsAcceptedOrRefusedAsItShouldAndTicketsAreAnswered() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "../shared/fixtures/zendesk is absent");
        Map<String, Integer> expected = Map.of(
                "ticket_create_update.json", 202,
                "message_with_ticket_id_and_title.json", 202,
                "screenshot_example.json", 202,
                "ticket_user_provided_message.json", 400,
                "user_active_changed.json", 200);
        List<Path> payloads = HelpdeskWebhooks.fixtures(FIXTURES);
        assertThat(payloads).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        for (Path payload : payloads) {
            var response = webhooks.post(Files.readAllBytes(payload));
            assertThat(response.statusCode()).as(payload.getFileName().toString())
                    .isEqualTo(expected.get(payload.getFileName().toString()));
            if (response.statusCode() == 400) {
                assertThat(response.body()).contains("\"field\":\"ticket_id\"");
            }
        }
        webhooks.awaitSettled();

        assertThat(replies(zendesk, 739)).hasSize(1);
        assertThat(replies(zendesk, 7)).isNotEmpty();
        FakeHost.Request reply = replies(zendesk, 739).get(0);
        assertThat(reply.header("Authorization")).contains("Basic " + Base64.getEncoder().encodeToString(
                (ZendeskWebhooks.EMAIL + "/token:" + ZendeskWebhooks.TOKEN).getBytes(UTF_8)));
        assertThat(ZendeskWebhooks.comment(reply).get("body").getAsString()).isNotBlank();
        assertThat(ticket(reply).getAsJsonArray("additional_tags").toString()).contains("parley_intent_");
        assertThat(zendesk.requests().stream().map(FakeHost.Request::path)).as("only ticket updates, none for the user")
                .allMatch(path -> path.matches("/api/v2/tickets/\\d+\\.json")).noneMatch(path -> path.contains("6596848315901"));
        assertThat(parley.log()).doesNotContain(ZendeskWebhooks.TOKEN).doesNotContain(ZendeskWebhooks.SECRET);
    }

    @Test
    void theAssistantsOwnCommentsAndInternalNotesAreNeverAnswered() {
        assertThat(webhooks.post(comment(20, 2001, ASSISTANT, true, true, "Your order ships today.")).statusCode())
                .isEqualTo(200);
        assertThat(webhooks.post(comment(20, 2002, AGENT, true, false, "internal: VIP")).statusCode()).isEqualTo(200);
        webhooks.awaitSettled();

        assertThat(updates(zendesk, 20)).isEmpty();
    }

    @Test
    void anAgentTakesOverAndTheAssistantStaysSilentUntilHandedBack() {
        webhooks.post(customer(30, 3001, "What are your opening hours?"));
        Await.until("the assistant answers", () -> replies(zendesk, 30).size() == 1);

        assertThat(webhooks.post(comment(30, 3002, AGENT, true, true, "Let me check.")).statusCode()).isEqualTo(202);
        webhooks.post(customer(30, 3003, "Thanks, and do you ship to Austria?"));
        webhooks.awaitSettled();
        assertThat(replies(zendesk, 30)).as("silent while the agent owns it").hasSize(1);

        webhooks.post(event("ticket.tags_changed", 30, AGENT, "{\"tags_added\": [\"parley_handback\"]}"));
        webhooks.post(customer(30, 3004, "What are your opening hours on Saturday?"));
        Await.until("the assistant answers again after the handback", () -> replies(zendesk, 30).size() == 2);
    }

    @Test
    void aStatusSetByAnAgentOrAnAssignmentSilencesTheAssistantAndSolvedReopensIt() {
        webhooks.post(event("ticket.status_changed", 40, AGENT, "{\"current\": \"PENDING\", \"previous\": \"NEW\"}"));
        webhooks.post(customer(40, 4001, "Where is my order?"));
        webhooks.post(event("ticket.agent_assignment_changed", 41, AGENT, "{\"current\": {\"id\": \"801\"}}"));
        webhooks.post(customer(41, 4101, "Where is my order?"));
        webhooks.awaitSettled();
        assertThat(replies(zendesk, 40)).isEmpty();
        assertThat(replies(zendesk, 41)).isEmpty();

        webhooks.post(event("ticket.status_changed", 40, AGENT, "{\"current\": \"SOLVED\", \"previous\": \"PENDING\"}"));
        webhooks.post(customer(40, 4002, "What are your opening hours?"));
        Await.until("a solved ticket's new message is answered", () -> replies(zendesk, 40).size() == 1);
    }

    @Test
    void aHandoffIsAnInternalNoteWithTheQueuesGroupPriorityAndTag() {
        webhooks.post(customer(50, 5001,
                "This is ridiculous!!! My parcel arrived broken and NOBODY answers my emails. I am furious."));
        Await.until("the handoff note", () -> updates(zendesk, 50).size() == 2);

        assertThat(ZendeskWebhooks.comment(updates(zendesk, 50).get(0)).get("public").getAsBoolean()).isTrue();
        FakeHost.Request note = updates(zendesk, 50).get(1);
        assertThat(ZendeskWebhooks.comment(note).get("public").getAsBoolean()).isFalse();
        assertThat(ZendeskWebhooks.comment(note).get("body").getAsString()).contains("Queue: shipping")
                .doesNotContain("ridiculous");
        assertThat(ticket(note).get("group_id").getAsLong()).as("shipping=360004").isEqualTo(360004);
        assertThat(ticket(note).getAsJsonArray("additional_tags").toString()).contains("parley_handoff");
        assertThat(ticket(note).get("priority").getAsString()).isIn("high", "urgent");

        webhooks.post(customer(50, 5002, "hello?"));
        webhooks.awaitSettled();
        assertThat(replies(zendesk, 50)).as("a person owns it now").hasSize(1);
    }

    @Test
    void aUrlTargetThatPutsTheTicketIntoTheQueryIsAnswered() throws IOException {
        Path onlyMessage = FIXTURES.resolve("zulip_target/ticket_user_provided_message.json");
        if (Files.isRegularFile(onlyMessage)) { // Zulip's URL target: ticket_id and ticket_title in the query
            assertThat(webhooks.postWithQuery("ticket_title=Address&ticket_id=91", Files.readAllBytes(onlyMessage))
                    .statusCode()).isEqualTo(202);
            Await.until("the shared payload's ticket answered", () -> replies(zendesk, 91).size() == 1);
        }
        String body = "{\"message\": \"What are your opening hours?\", \"updated_at\": \"2026-12-04T10:00:00Z\"}";

        assertThat(webhooks.postWithQuery("ticket_id=90&ticket_title=Hours", body.getBytes(UTF_8)).statusCode())
                .isEqualTo(202);
        Await.until("the ticket of the query answered", () -> replies(zendesk, 90).size() == 1);
        assertThat(assertProblem(webhooks.postWithQuery("ticket_title=Hours", body.getBytes(UTF_8)), 400)
                .get("field").getAsString()).as("no ticket anywhere").isEqualTo("ticket_id");
    }

    @Test
    void aRedeliveredCommentIsAnsweredOnce() {
        String comment = customer(60, 6001, "What are your opening hours?");

        assertThat(webhooks.post(comment).statusCode()).isEqualTo(202);
        assertThat(webhooks.post(comment).statusCode()).isEqualTo(200);
        webhooks.awaitSettled();

        assertThat(replies(zendesk, 60)).hasSize(1);
    }

    @Test
    void unsignedForgedAndReplayedRequestsAre401AndNotLogged() {
        byte[] body = customer(70, 7001, "my card number is 4111 1111 1111 1111").getBytes(UTF_8);
        String now = Instant.now().toString();
        List<String> old = ZendeskWebhooks.signed(body, Instant.now().minus(Duration.ofMinutes(6)));

        assertProblem(webhooks.send(body), 401);
        assertProblem(webhooks.send(body, "X-Zendesk-Webhook-Signature-Timestamp", now, "X-Zendesk-Webhook-Signature",
                Base64.getEncoder().encodeToString(new byte[32])), 401);
        assertThat(assertProblem(webhooks.send(body, old.toArray(String[]::new)), 401).get("detail").getAsString())
                .contains("replayed");
        webhooks.awaitSettled();

        assertThat(updates(zendesk, 70)).isEmpty();
        assertThat(parley.log()).doesNotContain("4111");
    }

    @Test
    void oversizedMalformedAndUnknownBodiesGetClearAnswers() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        assertProblem(webhooks.post(huge), 413);
        assertThat(assertProblem(webhooks.post("{\"type\": \"zen:event-type:ticket.comment_added\", "), 400)
                .get("detail").getAsString()).contains("not valid JSON");
        assertThat(assertProblem(webhooks.post(customer(80, 8001, "hi").replace("\"body\":\"hi\",", "")), 400)
                .get("field").getAsString()).isEqualTo("event.comment.body");
        assertThat(webhooks.post(event("ticket.priority_changed", 80, AGENT, "{}")).statusCode()).isEqualTo(200);
        assertThat(parley.get("/system/health").statusCode()).as("the container is unaffected").isEqualTo(200);
        assertThat(parley.healthMessages("Zendesk adapter")).anyMatch(message -> message.contains("ready"));
    }
}
