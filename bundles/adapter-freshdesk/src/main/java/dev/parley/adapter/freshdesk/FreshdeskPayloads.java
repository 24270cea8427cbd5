package dev.parley.adapter.freshdesk;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.helpdesk.JsonPayload;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.MessageIds;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketText;
import dev.parley.helpdesk.TicketWebhooks;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of a Freshdesk automation's "Trigger webhook" action: the object
 * {@code freshdesk_webhook} whose members the admin writes with placeholders (all strings).
 *
 * <ul>
 * <li>{@code {ticket_action:created}}: the subject and the description (HTML) are a customer
 *     message, keyed {@code ticket-<id>-created}.
 * <li>{@code performed_by} = {@code requester} with {@code latest_comment}: the customer's reply,
 *     keyed by the ticket, {@code updated_at} and the text ({@link MessageIds#derived}), as
 *     Freshdesk's body carries no comment id.
 * <li>{@code {note_type:public}}, a reply, an assignment ({@code responder_id}, {@code group_id})
 *     or a status set to pending by someone other than the requester, or to open by an agent: a
 *     person takes over. Events the rule marks {@code performed_by} = {@code assistant} are the
 *     assistant's own and ignored.
 * <li>{@code {status:{...,to:4 or 5}}} (resolved, closed): the ticket is resolved.
 * <li>{@code parley_event} ({@code takeover}, {@code handback}, {@code resolved}) set literally by
 *     a rule; {@code ticket_tags} holding the handback tag hands the ticket back.
 * <li>Private notes, priority changes and other events are ignored.
 * </ul>
 */
final class FreshdeskPayloads implements TicketWebhooks.PayloadReader {

    static final String ROOT = "freshdesk_webhook";
    private static final Pattern TICKET_ID = Pattern.compile("[0-9]{1,20}");
    private static final Set<String> RESOLVED = Set.of("4", "5", "resolved", "closed");

    private final String handbackTag;

    FreshdeskPayloads(String handbackTag) {
        this.handbackTag = handbackTag;
    }

    @Override
    public TicketWebhooks.Read read(String body, Instant receivedAt) {
        JsonPayload ticket = JsonPayload.parse(body).object(ROOT);
        String ticketId = ticket.requiredText("ticket_id", "the ticket's number, from {{ticket.id}}");
        if (!TICKET_ID.matcher(ticketId).matches()) {
            throw new MalformedPayloadException(ticket.path("ticket_id"), ticket.path("ticket_id")
                    + " must be the ticket's number, from {{ticket.id}}");
        }
        String triggered = ticket.text("triggered_event");
        TriggeredEvent event = TriggeredEvent.parse(triggered);
        if (triggered != null && event == null) {
            throw new MalformedPayloadException(ticket.path("triggered_event"), ticket.path("triggered_event")
                    + " must be Freshdesk's {{triggered_event}}, e.g. {ticket_action:created}");
        }
        String type = event == null ? "none" : event.name();
        TicketEvent read = read(ticket, ticketId, event, receivedAt);
        String key = read instanceof TicketEvent.CustomerMessage message ? message.messageId()
                : MessageIds.derived(ticketId, triggered, ticket.text("parley_event"), ticket.text("updated_at") != null
                        ? ticket.text("updated_at") : receivedAt.toString());
        return new TicketWebhooks.Read(read, key, type);
    }

    private TicketEvent read(JsonPayload ticket, String ticketId, TriggeredEvent event, Instant receivedAt) {
        String performer = lower(ticket.text("performed_by"));
        if ("assistant".equals(performer)) {
            return new TicketEvent.Ignored("a change the assistant made");
        }
        String parleyEvent = lower(ticket.text("parley_event"));
        if (parleyEvent != null) {
            return switch (parleyEvent) {
                case "takeover" -> new TicketEvent.HumanTookOver(ticketId, "a rule reported an agent's change");
                case "handback" -> new TicketEvent.HandedBack(ticketId);
                case "resolved" -> new TicketEvent.Resolved(ticketId);
                default -> throw new MalformedPayloadException(ticket.path("parley_event"), ticket.path("parley_event")
                        + " must be takeover, handback or resolved");
            };
        }
        if (tags(ticket) != null && tags(ticket).contains(handbackTag) && !"requester".equals(performer)) {
            return new TicketEvent.HandedBack(ticketId);
        }
        if (event == null) {
            return new TicketEvent.Ignored("no triggered_event");
        }
        boolean byRequester = "requester".equals(performer);
        switch (event.name()) {
            case "ticket_action":
                return "created".equals(event.value()) ? created(ticket, ticketId, receivedAt)
                        : new TicketEvent.Ignored("ticket action " + event.value());
            case "note_type":
                return "public".equals(event.value()) ? new TicketEvent.HumanTookOver(ticketId, "an agent added a public note")
                        : new TicketEvent.Ignored("a private note");
            case "reply_sent":
            case "reply":
                return byRequester ? customerReply(ticket, ticketId, receivedAt)
                        : "agent".equals(performer) ? new TicketEvent.HumanTookOver(ticketId, "an agent replied")
                        : new TicketEvent.Ignored("a reply without performed_by; the rule must say requester or agent");
            case "responder_id":
            case "group_id":
                return event.to() == null || byRequester ? new TicketEvent.Ignored(event.name() + " unassigned")
                        : new TicketEvent.HumanTookOver(ticketId, event.name() + " assigned");
            case "status":
                return status(ticketId, event, performer);
            default:
                return new TicketEvent.Ignored("event " + event.name() + " is not handled");
        }
    }

    private static TicketEvent status(String ticketId, TriggeredEvent event, String performer) {
        String to = lower(event.to());
        if (to != null && RESOLVED.contains(to)) {
            return new TicketEvent.Resolved(ticketId);
        }
        boolean pending = "3".equals(to) || "pending".equals(to);
        boolean open = "2".equals(to) || "open".equals(to);
        if (pending && !"requester".equals(performer) || open && "agent".equals(performer)) {
            return new TicketEvent.HumanTookOver(ticketId, "status set to " + to);
        }
        return new TicketEvent.Ignored("status " + to);
    }

    private TicketEvent created(JsonPayload ticket, String ticketId, Instant receivedAt) {
        String text = TicketText.join(ticket.text("ticket_subject"), HtmlText.toText(ticket.text("ticket_description")));
        if (text == null) {
            throw new MalformedPayloadException(ticket.path("ticket_description"), ticket.path("ticket_description")
                    + " and ticket_subject are both empty; a new ticket needs one of them");
        }
        return message(ticket, ticketId, "ticket-" + ticketId + "-created", text, receivedAt);
    }

    private TicketEvent customerReply(JsonPayload ticket, String ticketId, Instant receivedAt) {
        String text = HtmlText.toText(ticket.requiredText("latest_comment",
                "the customer's reply, from {{ticket.latest_public_comment}}"));
        if (text.isEmpty()) {
            throw new MalformedPayloadException(ticket.path("latest_comment"), ticket.path("latest_comment")
                    + " holds no text");
        }
        return message(ticket, ticketId, MessageIds.derived(ticketId, ticket.text("updated_at"), text), text,
                receivedAt);
    }

    private TicketEvent message(JsonPayload ticket, String ticketId, String key, String text, Instant receivedAt) {
        CustomerRef customer = new CustomerRef(null, ticket.text("requester_email"), null, ticket.text("requester_name"));
        return new TicketEvent.CustomerMessage(ticketId, key, text, customer, receivedAt,
                TicketText.priority(ticket.text("ticket_priority")), tags(ticket));
    }

    /** {@code ticket_tags} as Freshdesk writes {@code {{ticket.tags}}}: comma-separated; {@code null} when absent. */
    private static Set<String> tags(JsonPayload ticket) {
        if (!ticket.has("ticket_tags")) {
            return null;
        }
        String tags = ticket.text("ticket_tags");
        Set<String> set = new LinkedHashSet<>();
        if (tags != null) {
            Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(set::add);
        }
        return set;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
