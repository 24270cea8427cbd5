package dev.parley.adapter.freshdesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.parley.helpdesk.HostRequest;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketUpdate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Freshdesk API calls for a ticket update: the comment first, {@code POST /api/v2/tickets/{id}/reply}
 * for a public reply or {@code POST /api/v2/tickets/{id}/notes} with {@code private: true} for an
 * internal note (bodies are HTML), then {@code PUT /api/v2/tickets/{id}} for priority
 * (1 low, 2 medium, 3 high, 4 urgent), group and tags. Freshdesk replaces a ticket's tags with the
 * list sent, so tags are only sent when the webhook said which the ticket has ({@code ticket_tags}).
 */
final class FreshdeskRequests {

    private FreshdeskRequests() {
    }

    static List<HostRequest> of(TicketEvent.CustomerMessage message, TicketUpdate update) {
        List<HostRequest> requests = new ArrayList<>();
        String ticket = "/api/v2/tickets/" + update.ticketId();
        JsonObject comment = new JsonObject();
        comment.addProperty("body", HtmlText.toHtml(update.body()));
        if (update.isPublic()) {
            requests.add(new HostRequest("POST", ticket + "/reply", comment.toString()));
        } else {
            comment.addProperty("private", true);
            requests.add(new HostRequest("POST", ticket + "/notes", comment.toString()));
        }
        JsonObject fields = new JsonObject();
        if (update.priority() != null) {
            fields.addProperty("priority", update.priority().ordinal() + 1);
        }
        if (update.groupId() != null) {
            fields.addProperty("group_id", update.groupId());
        }
        Set<String> current = message.currentTags();
        if (current != null && !current.containsAll(update.addTags())) {
            Set<String> tags = new LinkedHashSet<>(current);
            tags.addAll(update.addTags());
            JsonArray array = new JsonArray();
            tags.forEach(array::add);
            fields.add("tags", array);
        }
        if (fields.size() > 0) {
            requests.add(new HostRequest("PUT", ticket, fields.toString()));
        }
        return requests;
    }
}
