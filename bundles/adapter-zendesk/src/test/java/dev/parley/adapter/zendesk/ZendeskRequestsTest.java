package dev.parley.adapter.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.api.Priority;
import dev.parley.helpdesk.HostRequest;
import dev.parley.helpdesk.TicketUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZendeskRequestsTest {

    @Test
    void aPublicReplyIsOnePutWithCommentAndAdditionalTags() {
        HostRequest request = ZendeskRequests.of(new TicketUpdate("42", "reply", "Your order ships today.", true,
                List.of("parley_intent_order_status"), null, null));

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/v2/tickets/42.json");
        JsonObject ticket = JsonParser.parseString(request.json()).getAsJsonObject().getAsJsonObject("ticket");
        assertThat(ticket.getAsJsonObject("comment").get("body").getAsString()).isEqualTo("Your order ships today.");
        assertThat(ticket.getAsJsonObject("comment").get("public").getAsBoolean()).isTrue();
        assertThat(ticket.getAsJsonArray("additional_tags").get(0).getAsString()).isEqualTo("parley_intent_order_status");
        assertThat(ticket.has("tags")).as("tags would replace the ticket's others").isFalse();
        assertThat(ticket.has("group_id")).isFalse();
        assertThat(ticket.has("priority")).isFalse();
    }

    @Test
    void aHandoffNoteIsPrivateWithGroupAndPriority() {
        HostRequest request = ZendeskRequests.of(new TicketUpdate("42", "handoff", "Queue: billing", false,
                List.of("parley_handoff"), 360001L, Priority.URGENT));

        JsonObject ticket = JsonParser.parseString(request.json()).getAsJsonObject().getAsJsonObject("ticket");
        assertThat(ticket.getAsJsonObject("comment").get("public").getAsBoolean()).isFalse();
        assertThat(ticket.get("group_id").getAsLong()).isEqualTo(360001L);
        assertThat(ticket.get("priority").getAsString()).isEqualTo("urgent");
    }
}
