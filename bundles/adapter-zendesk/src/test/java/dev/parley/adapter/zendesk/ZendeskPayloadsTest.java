package dev.parley.adapter.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.api.Priority;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketWebhooks;
import dev.parley.helpdesk.testing.SharedFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZendeskPayloadsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T20:00:00Z");

    private final ZendeskPayloads payloads = new ZendeskPayloads(
            ZendeskSettings.of(new ZendeskTestConfig(), List.of("general", "billing")));

    static String comment(String commentId, String authorId, boolean staff, boolean isPublic) {
        return """
                {"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": "ev-%s",
                 "time": "2026-12-04T19:59:00Z", "zendesk_event_version": "2022-11-06", "subject": "zen:ticket:42",
                 "detail": {"id": "42", "requester_id": "700", "priority": "NORMAL", "status": "OPEN",
                            "tags": ["vip"], "via": {"channel": "web"}},
                 "event": {"comment": {"id": "%s", "body": "Where is my order 100234?", "is_public": %s,
                                       "author": {"id": "%s", "is_staff": %s, "name": "Ada"}}}}
                """.formatted(commentId, commentId, isPublic, authorId, staff);
    }

    static String event(String type, String actor, String event) {
        return """
                {"type": "zen:event-type:%s", "id": "ev-1", "time": "2026-12-04T19:59:00Z",
                 "subject": "zen:ticket:42", "detail": {"id": "42", "requester_id": "700", "actor_id": "%s"},
                 "event": %s}
                """.formatted(type, actor, event);
    }

    @Test
    void aCustomersPublicCommentIsAMessageKeyedByTheCommentId() {
        TicketWebhooks.Read read = payloads.read(comment("5001", "700", false, true), RECEIVED);

        assertThat(read.key()).isEqualTo("comment-5001");
        assertThat(read.type()).isEqualTo("ticket.comment_added");
        assertThat(read.event()).isInstanceOfSatisfying(TicketEvent.CustomerMessage.class, m -> {
            assertThat(m.ticketId()).isEqualTo("42");
            assertThat(m.messageId()).isEqualTo("comment-5001");
            assertThat(m.text()).isEqualTo("Where is my order 100234?");
            assertThat(m.sentAt()).isEqualTo(Instant.parse("2026-12-04T19:59:00Z"));
            assertThat(m.currentPriority()).isEqualTo(Priority.NORMAL);
            assertThat(m.currentTags()).containsExactly("vip");
            assertThat(m.customer().name()).isEqualTo("Ada");
        });
    }

    @Test
    void anAgentsPublicCommentIsATakeoverAndTheAssistantsOwnIsIgnored() {
        assertThat(payloads.read(comment("5002", "800", true, true), RECEIVED).event())
                .isEqualTo(new TicketEvent.HumanTookOver("42", "an agent replied publicly"));
        assertThat(payloads.read(comment("5003", "900", true, true), RECEIVED).event())
                .isEqualTo(new TicketEvent.Ignored("the assistant's own comment"));
        assertThat(payloads.read(comment("5004", "800", true, false), RECEIVED).event())
                .isEqualTo(new TicketEvent.Ignored("an internal note"));
    }

    @Test
    void statusAssignmentAndTagsChangeOwnership() {
        assertThat(payloads.read(event("ticket.status_changed", "800", "{\"current\": \"SOLVED\", \"previous\": \"OPEN\"}"),
                RECEIVED).event()).isEqualTo(new TicketEvent.Resolved("42"));
        assertThat(payloads.read(event("ticket.status_changed", "800", "{\"current\": \"PENDING\"}"), RECEIVED).event())
                .isEqualTo(new TicketEvent.HumanTookOver("42", "status set to pending"));
        assertThat(payloads.read(event("ticket.status_changed", "900", "{\"current\": \"OPEN\"}"), RECEIVED).event())
                .as("the assistant's reply opens a new ticket").isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(event("ticket.status_changed", "700", "{\"current\": \"OPEN\"}"), RECEIVED).event())
                .as("the customer's reply reopens it").isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(event("ticket.agent_assignment_changed", "800", "{\"current\": {\"id\": \"801\"}}"),
                RECEIVED).event()).isInstanceOf(TicketEvent.HumanTookOver.class);
        assertThat(payloads.read(event("ticket.group_assignment_changed", "900", "{\"current\": {\"id\": \"3\"}}"),
                RECEIVED).event()).as("the assistant's handoff").isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(event("ticket.tags_changed", "800", "{\"tags_added\": [\"parley_handback\"]}"),
                RECEIVED).event()).isEqualTo(new TicketEvent.HandedBack("42"));
        assertThat(payloads.read(event("ticket.tags_changed", "800", "{\"tags_added\": [\"vip\"]}"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
    }

    @Test
    void ownershipEventsAreKeyedByTheEventId() {
        assertThat(payloads.read(event("ticket.status_changed", "800", "{\"current\": \"SOLVED\"}"), RECEIVED).key())
                .isEqualTo("event-ev-1");
    }

    @Test
    void aNewTicketIsAMessageOfSubjectAndDescription() {
        String created = """
                {"type": "zen:event-type:ticket.created", "id": "ev-7", "subject": "zen:ticket:43",
                 "detail": {"id": "43", "subject": "Refund", "description": "I want a refund for 100234"}, "event": {}}
                """;

        assertThat(payloads.read(created, RECEIVED).event()).isInstanceOfSatisfying(TicketEvent.CustomerMessage.class,
                m -> {
                    assertThat(m.messageId()).isEqualTo("event-ev-7");
                    assertThat(m.text()).isEqualTo("Refund\n\nI want a refund for 100234");
                    assertThat(m.sentAt()).as("no time: when received").isEqualTo(RECEIVED);
                });
    }

    @Test
    void eventsNotAboutTicketsOrNotHandledAreIgnored() {
        assertThat(payloads.read(SharedFixtures.read("zendesk", "events/user_active_changed.json"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(event("ticket.priority_changed", "800", "{}"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
    }

    @Test
    void malformedEventsNameTheField() {
        assertThatThrownBy(() -> payloads.read("{\"type\": \"zen:event-type:ticket.comment_added\", \"id\": \"1\","
                + " \"detail\": {}, \"event\": {}}", RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> assertThat(e.field()).isEqualTo("detail.id"));
        assertThatThrownBy(() -> payloads.read(comment("5001", "700", false, true).replace("\"body\": \"Where is my"
                + " order 100234?\",", ""), RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class,
                        e -> assertThat(e.field()).isEqualTo("event.comment.body"));
        assertThatThrownBy(() -> payloads.read("[1, 2]", RECEIVED)).isInstanceOfSatisfying(
                MalformedPayloadException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> payloads.read("{\"ticket_id\": ", RECEIVED)).isInstanceOf(
                MalformedPayloadException.class);
    }

    @Test
    void triggerBodiesOfTheSharedFixturesAreMessagesOfTheirTicket() {
        TicketEvent created = payloads.read(SharedFixtures.read("zendesk", "zulip_target/ticket_create_update.json"),
                RECEIVED).event();
        assertThat(created).isInstanceOfSatisfying(TicketEvent.CustomerMessage.class, m -> {
            assertThat(m.ticketId()).isEqualTo("7");
            assertThat(m.text()).as("Zendesk's comment header is left out")
                    .isEqualTo("Hello world\n\nI am writing this to create a ticket.");
            assertThat(m.messageId()).matches("ticket-7-[0-9a-f]{16}");
            assertThat(m.currentPriority()).isEqualTo(Priority.NORMAL);
            assertThat(m.currentTags()).containsExactlyInAnyOrder("change_address", "help", "order");
        });
        assertThat(payloads.read(SharedFixtures.read("zendesk", "zulip_target/screenshot_example.json"), RECEIVED)
                .event().ticketId()).isEqualTo("739");
        assertThatThrownBy(() -> payloads.read(SharedFixtures.read("zendesk",
                "zulip_target/ticket_user_provided_message.json"), RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> assertThat(e.field()).isEqualTo("ticket_id"));
    }

    @Test
    void aTriggerBodyRetriedHasTheSameKeyAndAnotherCommentAnother() {
        String first = "{\"ticket_id\": \"7\", \"comment\": \"Where is my order?\", \"updated_at\": \"2026-12-04T19:00:00Z\"}";
        String second = "{\"ticket_id\": \"7\", \"comment\": \"Hello?\", \"updated_at\": \"2026-12-04T19:05:00Z\"}";

        assertThat(payloads.read(first, RECEIVED).key()).isEqualTo(payloads.read(first, RECEIVED.plusSeconds(60)).key())
                .isNotEqualTo(payloads.read(second, RECEIVED).key());
        assertThat(payloads.read("{\"ticket_id\": \"7\", \"comment_id\": \"88\", \"comment\": \"Hi\"}", RECEIVED).key())
                .isEqualTo("comment-88");
    }

    @Test
    void triggersReportOwnershipAndTheAssistantsOwnChangesAreIgnored() {
        assertThat(payloads.read("{\"ticket_id\": \"7\", \"parley_event\": \"takeover\"}", RECEIVED).event())
                .isInstanceOf(TicketEvent.HumanTookOver.class);
        assertThat(payloads.read("{\"ticket_id\": \"7\", \"parley_event\": \"handback\"}", RECEIVED).event())
                .isEqualTo(new TicketEvent.HandedBack("7"));
        assertThat(payloads.read("{\"ticket_id\": \"7\", \"parley_event\": \"resolved\"}", RECEIVED).event())
                .isEqualTo(new TicketEvent.Resolved("7"));
        assertThat(payloads.read("{\"ticket_id\": \"7\", \"comment\": \"Hi\", \"current_user_id\": \"900\"}", RECEIVED)
                .event()).isInstanceOf(TicketEvent.Ignored.class);
        assertThatThrownBy(() -> payloads.read("{\"ticket_id\": \"7\", \"parley_event\": \"merged\"}", RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> assertThat(e.field()).isEqualTo("parley_event"));
        assertThatThrownBy(() -> payloads.read("{\"ticket_id\": \"{{ticket.id}}\", \"comment\": \"x\"}", RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> assertThat(e.getMessage())
                        .contains("ticket's number"));
    }
}
