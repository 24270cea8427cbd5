package dev.parley.adapter.zendesk;

import dev.parley.helpdesk.JsonPayload;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketWebhooks;
import java.time.Instant;

/**
 * Tells Zendesk's two kinds of payload apart: an event webhook has {@code type}
 * {@code zen:event-type:...}; anything else is a trigger's body.
 */
final class ZendeskPayloads implements TicketWebhooks.PayloadReader {

    private final ZendeskEvents events;
    private final ZendeskTriggers triggers;

    ZendeskPayloads(ZendeskSettings settings) {
        this.events = new ZendeskEvents(settings);
        this.triggers = new ZendeskTriggers(settings);
    }

    @Override
    public TicketWebhooks.Read read(String body, Instant receivedAt) {
        JsonPayload payload = JsonPayload.parse(body);
        String type = payload.text("type");
        if (type != null && type.startsWith(ZendeskEvents.TYPE_PREFIX)) {
            TicketEvent event = events.read(payload, receivedAt);
            String key = event instanceof TicketEvent.CustomerMessage message ? message.messageId()
                    : "event-" + payload.requiredText("id", "the event's id");
            return new TicketWebhooks.Read(event, key, type.substring(ZendeskEvents.TYPE_PREFIX.length()));
        }
        TicketEvent event = triggers.read(payload, receivedAt);
        String key = event instanceof TicketEvent.CustomerMessage message ? message.messageId()
                : event instanceof TicketEvent.Ignored ? "ignored"
                : ZendeskTriggers.ownershipKey(payload, event.ticketId(), event.getClass().getSimpleName(), receivedAt);
        return new TicketWebhooks.Read(event, key, "trigger." + event.getClass().getSimpleName());
    }
}
