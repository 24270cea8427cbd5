package dev.parley.adapter.zendesk;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.helpdesk.JsonPayload;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.MessageIds;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketText;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON bodies of Zendesk triggers (webhook or legacy URL target), whose shape the admin
 * writes with placeholders. Members read: {@code ticket_id}, the text from {@code comment}, {@code ticket_description} or
 * {@code message} (the first present), {@code ticket_title}, {@code comment_id},
 * {@code updated_at}, {@code requester_email}, {@code requester_name} or
 * {@code requester_full_name}, {@code ticket_priority}, {@code tags} (space-separated),
 * {@code current_user_id} and {@code parley_event}: absent or {@code customer_message}, else
 * {@code takeover}, {@code handback} or {@code resolved} for triggers that report those.
 *
 * <p>The idempotency key is {@code comment-<comment_id>} when the body has one, else derived from
 * the ticket id, {@code updated_at} and the text ({@link MessageIds#derived}): a retried delivery
 * has the same key, another comment another one.
 */
final class ZendeskTriggers {

    /** The header Zendesk puts above a comment in {@code {{ticket.description}}}: a rule, then author and time. */
    private static final Pattern COMMENT_HEADER = Pattern.compile("\\A\\s*-{10,}\\s*\\n\\s*[^\\n]+,\\s[^\\n]*\\d{1,2}:\\d{2}\\s*\\n");
    private static final Pattern TICKET_ID = Pattern.compile("[0-9]{1,20}");

    private final ZendeskSettings settings;

    ZendeskTriggers(ZendeskSettings settings) {
        this.settings = settings;
    }

    /** The idempotency key of an ownership event: a retry has the same, a later change of the ticket another. */
    static String ownershipKey(JsonPayload body, String ticketId, String event, Instant receivedAt) {
        String updated = body.text("updated_at");
        return MessageIds.derived(ticketId, event, updated != null ? updated : receivedAt.toString());
    }

    TicketEvent read(JsonPayload body, Instant receivedAt) {
        String ticketId = body.text("ticket_id");
        if (ticketId == null) {
            throw new MalformedPayloadException("ticket_id", "ticket_id is missing: add \"ticket_id\": \"{{ticket.id}}\""
                    + " to the trigger's JSON body, or ?ticket_id={{ticket.id}} to its URL");
        }
        if (!TICKET_ID.matcher(ticketId).matches()) {
            throw new MalformedPayloadException("ticket_id", "ticket_id must be the ticket's number, from {{ticket.id}}");
        }
        if (settings.isAssistant(body.text("current_user_id"))) {
            return new TicketEvent.Ignored("a change the assistant made");
        }
        String event = body.text("parley_event");
        switch (event == null ? "customer_message" : event.toLowerCase(Locale.ROOT)) {
            case "customer_message":
                return message(body, ticketId, receivedAt);
            case "takeover":
                return new TicketEvent.HumanTookOver(ticketId, "a trigger reported an agent's change");
            case "handback":
                return new TicketEvent.HandedBack(ticketId);
            case "resolved":
                return new TicketEvent.Resolved(ticketId);
            default:
                throw new MalformedPayloadException("parley_event", "parley_event must be customer_message, takeover, handback"
                        + " or resolved");
        }
    }

    private TicketEvent message(JsonPayload body, String ticketId, Instant receivedAt) {
        String text = firstText(body, "comment", "ticket_description", "message");
        if (text == null) {
            throw new MalformedPayloadException("comment", "the body has no text: add \"comment\":"
                    + " \"{{ticket.latest_comment}}\" (or ticket_description or message)");
        }
        text = COMMENT_HEADER.matcher(text).replaceFirst("").strip();
        String fullText = TicketText.join(body.text("ticket_title"), text);
        String commentId = body.text("comment_id");
        String key = commentId != null ? "comment-" + commentId
                : MessageIds.derived(ticketId, body.text("updated_at"), fullText);
        String name = body.text("requester_name") != null ? body.text("requester_name")
                : body.text("requester_full_name");
        CustomerRef customer = new CustomerRef(null, body.text("requester_email"), null, name);
        String tags = body.text("tags");
        Set<String> currentTags = tags == null ? null : new HashSet<>(Arrays.asList(tags.split("\\s+")));
        return new TicketEvent.CustomerMessage(ticketId, key, fullText, customer, receivedAt,
                TicketText.priority(body.text("ticket_priority")), currentTags);
    }

    private static String firstText(JsonPayload body, String... names) {
        for (String name : names) {
            String text = body.text(name);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
