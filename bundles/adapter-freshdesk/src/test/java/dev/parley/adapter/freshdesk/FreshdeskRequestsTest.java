package dev.parley.adapter.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.api.Priority;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.helpdesk.HostRequest;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshdeskRequestsTest {

    private static TicketEvent.CustomerMessage message(Set<String> tags) {
        return new TicketEvent.CustomerMessage("11", "ticket-11-created", "x", CustomerRef.anonymous(), Instant.EPOCH,
                Priority.NORMAL, tags);
    }

    private static JsonObject json(HostRequest request) {
        return JsonParser.parseString(request.json()).getAsJsonObject();
    }

    @Test
    void aPublicReplyIsPostedAsHtmlAndTagsAreLeftAloneWhenTheTicketsAreUnknown() {
        List<HostRequest> requests = FreshdeskRequests.of(message(null), new TicketUpdate("11", "reply",
                "Hi <Ada>\nIt ships today.", true, List.of("parley_intent_order_status"), null, null));

        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/api/v2/tickets/11/reply");
            assertThat(json(r).get("body").getAsString()).isEqualTo("Hi &lt;Ada&gt;<br>It ships today.");
        });
    }

    @Test
    void aHandoffIsAPrivateNoteThenPriorityGroupAndTheMergedTags() {
        List<HostRequest> requests = FreshdeskRequests.of(message(Set.of("vip")), new TicketUpdate("11", "handoff",
                "Queue: billing", false, List.of("parley_handoff"), 42L, Priority.URGENT));

        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path()).isEqualTo("/api/v2/tickets/11/notes");
        assertThat(json(requests.get(0)).get("private").getAsBoolean()).isTrue();
        HostRequest fields = requests.get(1);
        assertThat(fields.method()).isEqualTo("PUT");
        assertThat(fields.path()).isEqualTo("/api/v2/tickets/11");
        assertThat(json(fields).get("priority").getAsInt()).isEqualTo(4);
        assertThat(json(fields).get("group_id").getAsLong()).isEqualTo(42L);
        assertThat(json(fields).getAsJsonArray("tags").toString()).contains("vip", "parley_handoff");
    }

    @Test
    void prioritiesAreFreshdesksOneToFour() {
        for (Priority priority : Priority.values()) {
            HostRequest fields = FreshdeskRequests.of(message(null), new TicketUpdate("11", "reply", "x", true, null,
                    null, priority)).get(1);
            assertThat(json(fields).get("priority").getAsInt()).isEqualTo(switch (priority) {
                case LOW -> 1;
                case NORMAL -> 2;
                case HIGH -> 3;
                case URGENT -> 4;
            });
        }
    }
}
