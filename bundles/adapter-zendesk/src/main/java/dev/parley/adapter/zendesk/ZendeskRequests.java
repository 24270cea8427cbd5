package dev.parley.adapter.zendesk;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.parley.helpdesk.HostRequest;
import dev.parley.helpdesk.TicketUpdate;
import java.util.Locale;

/**
 * Zendesk API calls for ticket updates: one {@code PUT /api/v2/tickets/{id}.json} carries the
 * comment ({@code ticket.comment.body}, {@code ticket.comment.public}) and the fields set with it.
 * Tags go in {@code additional_tags}, which adds them without replacing the ticket's others.
 */
final class ZendeskRequests {

    private static final Gson GSON = new Gson();

    private ZendeskRequests() {
    }

    static HostRequest of(TicketUpdate update) {
        JsonObject comment = new JsonObject();
        comment.addProperty("body", update.body());
        comment.addProperty("public", update.isPublic());
        JsonObject ticket = new JsonObject();
        ticket.add("comment", comment);
        if (!update.addTags().isEmpty()) {
            JsonArray tags = new JsonArray();
            update.addTags().forEach(tags::add);
            ticket.add("additional_tags", tags);
        }
        if (update.groupId() != null) {
            ticket.addProperty("group_id", update.groupId());
        }
        if (update.priority() != null) {
            // Zendesk's priorities are Parley's: low, normal, high, urgent.
            ticket.addProperty("priority", update.priority().name().toLowerCase(Locale.ROOT));
        }
        JsonObject body = new JsonObject();
        body.add("ticket", ticket);
        return new HostRequest("PUT", "/api/v2/tickets/" + update.ticketId() + ".json", GSON.toJson(body));
    }
}
