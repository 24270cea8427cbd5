package dev.parley.adapter.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.api.Priority;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketWebhooks;
import dev.parley.helpdesk.testing.SharedFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshdeskPayloadsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T20:00:00Z");

    private final FreshdeskPayloads payloads = new FreshdeskPayloads("parley_handback");

    static String body(String members) {
        return "{\"freshdesk_webhook\": {\"ticket_id\": \"11\", \"ticket_subject\": \"Refund\","
                + " \"ticket_description\": \"<div>I want my money back</div>\", \"requester_email\": \"ada@example.com\","
                + " \"ticket_priority\": \"Medium\"" + (members.isEmpty() ? "" : ", " + members) + "}}";
    }

    private TicketEvent event(String members) {
        return payloads.read(body(members), RECEIVED).event();
    }

    @Test
    void theSharedTicketCreatedIsACustomerMessageOfSubjectAndDescriptionText() {
        TicketWebhooks.Read read = payloads.read(SharedFixtures.read("freshdesk", "ticket_created.json"), RECEIVED);

        assertThat(read.key()).isEqualTo("ticket-11-created");
        assertThat(read.type()).isEqualTo("ticket_action");
        assertThat(read.event()).isInstanceOfSatisfying(TicketEvent.CustomerMessage.class, m -> {
            assertThat(m.ticketId()).isEqualTo("11");
            assertThat(m.text()).isEqualTo("Test ticket subject ☃\n\nTest ticket description ☃.");
            assertThat(m.customer().email()).isEqualTo("requester-bob@example.com");
            assertThat(m.customer().name()).isEqualTo("Requester ☃ Bob");
            assertThat(m.currentPriority()).isEqualTo(Priority.HIGH);
            assertThat(m.currentTags()).as("the template sends no tags").isNull();
        });
    }

    @Test
    void theOtherSharedPayloadsAreOwnershipOrIgnored() {
        assertThat(payloads.read(SharedFixtures.read("freshdesk", "public_note.json"), RECEIVED).event())
                .isEqualTo(new TicketEvent.HumanTookOver("11", "an agent added a public note"));
        assertThat(payloads.read(SharedFixtures.read("freshdesk", "private_note.json"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(SharedFixtures.read("freshdesk", "priority_changed.json"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(payloads.read(SharedFixtures.read("freshdesk", "unknown_payload.json"), RECEIVED).event())
                .isInstanceOf(TicketEvent.Ignored.class);
    }

    @Test
    void aCustomersReplyIsAMessageKeyedByTicketTimeAndText() {
        String reply = "\"triggered_event\": \"{reply_sent:sent}\", \"performed_by\": \"requester\","
                + " \"latest_comment\": \"<p>Any news?</p>\", \"updated_at\": \"2026-12-04T19:00:00Z\"";

        TicketWebhooks.Read read = payloads.read(body(reply), RECEIVED);

        assertThat(read.event()).isInstanceOfSatisfying(TicketEvent.CustomerMessage.class,
                m -> assertThat(m.text()).isEqualTo("Any news?"));
        assertThat(read.key()).isEqualTo(payloads.read(body(reply), RECEIVED.plusSeconds(30)).key())
                .isNotEqualTo(payloads.read(body(reply.replace("Any news?", "Hello?")), RECEIVED).key());
    }

    @Test
    void agentsRepliesAssignmentsAndStatusesTakeOverTheAssistantsOwnAreIgnored() {
        assertThat(event("\"triggered_event\": \"{reply_sent:sent}\", \"performed_by\": \"agent\""))
                .isInstanceOf(TicketEvent.HumanTookOver.class);
        assertThat(event("\"triggered_event\": \"{reply_sent:sent}\", \"performed_by\": \"assistant\""))
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(event("\"triggered_event\": \"{reply_sent:sent}\"")).as("who replied is unknown")
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(event("\"triggered_event\": \"{responder_id:{from:null,to:8000123}}\""))
                .isEqualTo(new TicketEvent.HumanTookOver("11", "responder_id assigned"));
        assertThat(event("\"triggered_event\": \"{group_id:{from:5,to:}}\"")).isInstanceOf(TicketEvent.Ignored.class);
        assertThat(event("\"triggered_event\": \"{status:{from:2,to:3}}\""))
                .isEqualTo(new TicketEvent.HumanTookOver("11", "status set to 3"));
        assertThat(event("\"triggered_event\": \"{status:{from:3,to:2}}\", \"performed_by\": \"requester\""))
                .isInstanceOf(TicketEvent.Ignored.class);
        assertThat(event("\"triggered_event\": \"{status:{from:2,to:4}}\"")).isEqualTo(new TicketEvent.Resolved("11"));
    }

    @Test
    void handbackByTagOrByRule() {
        assertThat(event("\"triggered_event\": \"{priority:{from:1,to:2}}\", \"ticket_tags\": \"vip, parley_handback\""))
                .isEqualTo(new TicketEvent.HandedBack("11"));
        assertThat(event("\"parley_event\": \"handback\"")).isEqualTo(new TicketEvent.HandedBack("11"));
        assertThat(event("\"parley_event\": \"takeover\"")).isInstanceOf(TicketEvent.HumanTookOver.class);
    }

    @Test
    void malformedPayloadsNameTheField() {
        assertThatThrownBy(() -> payloads.read("{\"ticket\": {}}", RECEIVED)).isInstanceOfSatisfying(
                MalformedPayloadException.class, e -> assertThat(e.field()).isEqualTo("freshdesk_webhook"));
        assertThatThrownBy(() -> payloads.read("{\"freshdesk_webhook\": {\"triggered_event\": \"{ticket_action:created}\"}}",
                RECEIVED)).isInstanceOfSatisfying(MalformedPayloadException.class,
                        e -> assertThat(e.field()).isEqualTo("freshdesk_webhook.ticket_id"));
        assertThatThrownBy(() -> payloads.read(body("\"triggered_event\": \"created\""), RECEIVED))
                .isInstanceOfSatisfying(MalformedPayloadException.class,
                        e -> assertThat(e.field()).isEqualTo("freshdesk_webhook.triggered_event"));
        assertThatThrownBy(() -> payloads.read(body("\"triggered_event\": \"{reply_sent:sent}\", \"performed_by\":"
                + " \"requester\""), RECEIVED)).isInstanceOfSatisfying(MalformedPayloadException.class,
                        e -> assertThat(e.field()).isEqualTo("freshdesk_webhook.latest_comment"));
    }

    @Test
    void triggeredEventSyntax() {
        assertThat(TriggeredEvent.parse("{ticket_action:created}")).isEqualTo(
                new TriggeredEvent("ticket_action", "created", null, null));
        assertThat(TriggeredEvent.parse("{priority:{from:3,to:1}}")).isEqualTo(
                new TriggeredEvent("priority", null, "3", "1"));
        assertThat(TriggeredEvent.parse("{{triggered_event}}")).isNull();
        assertThat(TriggeredEvent.parse("created")).isNull();
    }
}
