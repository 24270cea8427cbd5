package dev.parley.adapter.zendesk;

import dev.parley.api.Priority;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.helpdesk.JsonPayload;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Zendesk's event webhooks ({@code zen:event-type:ticket.*}, a fixed envelope with
 * {@code id}, {@code type}, {@code detail} and {@code event}) as ticket events.
 *
 * <ul>
 * <li>{@code ticket.comment_added}: a public comment of a non-staff author is a customer
 *     message keyed by the comment id; a public staff comment is an agent taking over; internal
 *     notes and the assistant's own comments are ignored.
 * <li>{@code ticket.created}: the ticket's subject and description are a customer message keyed by
 *     the event id.
 * <li>{@code ticket.status_changed}: solved or closed resolves the ticket; open, pending or on-hold
 *     set by someone other than the requester and the assistant is a takeover.
 * <li>{@code ticket.agent_assignment_changed}, {@code ticket.group_assignment_changed}: an
 *     assignment by someone other than the assistant is a takeover.
 * <li>{@code ticket.tags_changed}: the handback tag added hands the ticket back.
 * </ul>
 * Every other type is ignored.
 */
final class ZendeskEvents {

    static final String TYPE_PREFIX = "zen:event-type:";

    private final ZendeskSettings settings;

    ZendeskEvents(ZendeskSettings settings) {
        this.settings = settings;
    }

    TicketEvent read(JsonPayload payload, Instant receivedAt) {
        String type = payload.requiredText("type", "the event type, e.g. zen:event-type:ticket.comment_added")
                .substring(TYPE_PREFIX.length());
        if (!type.startsWith("ticket.")) {
            return new TicketEvent.Ignored("event type " + type + " is not about tickets");
        }
        JsonPayload detail = payload.object("detail");
        String ticketId = ticketId(payload, detail);
        String actor = detail.text("actor_id");
        boolean byAssistant = settings.isAssistant(actor);
        switch (type) {
            case "ticket.comment_added":
                return comment(payload, detail, ticketId, receivedAt);
            case "ticket.created":
                return created(payload, detail, ticketId, receivedAt);
            case "ticket.status_changed":
                return status(payload.object("event"), detail, ticketId, actor, byAssistant);
            case "ticket.agent_assignment_changed":
            case "ticket.group_assignment_changed":
                return byAssistant || !payload.optionalObject("event").flatMap(e -> e.optionalObject("current"))
                        .map(c -> c.has("id")).orElse(false)
                        ? new TicketEvent.Ignored(type + " by the assistant or to nobody")
                        : new TicketEvent.HumanTookOver(ticketId, type.substring("ticket.".length()));
            case "ticket.tags_changed":
                List<String> added = payload.object("event").texts("tags_added");
                return added.contains(settings.handbackTag()) ? new TicketEvent.HandedBack(ticketId)
                        : new TicketEvent.Ignored("tags changed without the handback tag");
            default:
                return new TicketEvent.Ignored("event type " + type + " is not handled");
        }
    }

    private TicketEvent comment(JsonPayload payload, JsonPayload detail, String ticketId, Instant receivedAt) {
        JsonPayload comment = payload.object("event").object("comment");
        JsonPayload author = comment.object("author");
        String authorId = author.text("id");
        if (settings.isAssistant(authorId)) {
            return new TicketEvent.Ignored("the assistant's own comment");
        }
        if (!comment.flag("is_public", true)) {
            return new TicketEvent.Ignored("an internal note");
        }
        if (author.flag("is_staff", false)) {
            return new TicketEvent.HumanTookOver(ticketId, "an agent replied publicly");
        }
        String commentId = comment.requiredText("id", "the comment's id");
        String text = comment.requiredText("body", "the comment's text");
        return new TicketEvent.CustomerMessage(ticketId, "comment-" + commentId, text,
                new CustomerRef(null, null, null, author.text("name")), time(payload, receivedAt),
                priority(detail), tags(detail));
    }

    private TicketEvent created(JsonPayload payload, JsonPayload detail, String ticketId, Instant receivedAt) {
        String subject = detail.text("subject");
        String description = detail.text("description");
        if (subject == null && description == null) {
            throw new MalformedPayloadException(detail.path("description"),
                    detail.path("description") + " and " + detail.path("subject") + " are both empty;"
                            + " a new ticket needs one of them");
        }
        String text = TicketText.join(subject, description);
        return new TicketEvent.CustomerMessage(ticketId, "event-" + payload.requiredText("id", "the event's id"), text,
                CustomerRef.anonymous(), time(payload, receivedAt), priority(detail), tags(detail));
    }

    private TicketEvent status(JsonPayload event, JsonPayload detail, String ticketId, String actor,
            boolean byAssistant) {
        String current = event.requiredText("current", "the new status").toLowerCase(Locale.ROOT);
        if (current.equals("solved") || current.equals("closed")) {
            return new TicketEvent.Resolved(ticketId);
        }
        boolean byRequester = actor != null && actor.equals(detail.text("requester_id"));
        if ((current.equals("open") || current.equals("pending") || current.equals("hold")) && !byAssistant
                && !byRequester) {
            return new TicketEvent.HumanTookOver(ticketId, "status set to " + current);
        }
        return new TicketEvent.Ignored("status " + current + " set by the requester or the assistant");
    }

    private static String ticketId(JsonPayload payload, JsonPayload detail) {
        String id = detail.text("id");
        if (id == null) {
            String subject = payload.text("subject");
            if (subject != null && subject.startsWith("zen:ticket:")) {
                id = subject.substring("zen:ticket:".length());
            }
        }
        if (id == null || !id.matches("[0-9]{1,20}")) {
            throw new MalformedPayloadException(detail.path("id"), detail.path("id")
                    + " must hold the ticket's number (or subject zen:ticket:<number>)");
        }
        return id;
    }

    private static Instant time(JsonPayload payload, Instant receivedAt) {
        String time = payload.text("time");
        if (time == null) {
            return receivedAt;
        }
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException("time", "time must be an ISO-8601 time such as 2024-04-17T17:18:10Z");
        }
    }

    static Priority priority(JsonPayload detail) {
        return TicketText.priority(detail.text("priority"));
    }

    private static Set<String> tags(JsonPayload detail) {
        return detail.has("tags") ? new HashSet<>(detail.texts("tags")) : null;
    }
}
