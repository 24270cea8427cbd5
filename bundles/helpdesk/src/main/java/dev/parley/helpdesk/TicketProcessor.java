package dev.parley.helpdesk;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.ConversationStore;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.PermanentFailure;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the work of one ticket event: ownership events change who answers the ticket; a customer
 * message goes to the assistant with the ticket id as conversation id and its idempotency key as
 * message id, and the reply's ticket updates go to the outbox, keyed by that message id, so a
 * second processing after a failure asks nothing twice and sends nothing twice.
 */
public final class TicketProcessor {

    /** Attribute of the incoming message holding the host's ticket id, for skills that know the host. */
    public static final String TICKET_ID = "ticketId";

    private static final Logger LOG = LoggerFactory.getLogger(TicketProcessor.class);

    private final String channel;
    private final TicketOwnership ownership;
    private final BiFunction<TicketEvent.CustomerMessage, TicketUpdate, List<HostRequest>> requests;

    /**
     * @param channel the adapter's channel, e.g. {@code zendesk}
     * @param requests the host's API calls for a ticket update of a message, in the order to make them
     */
    public TicketProcessor(String channel,
            BiFunction<TicketEvent.CustomerMessage, TicketUpdate, List<HostRequest>> requests) {
        this.channel = channel;
        this.ownership = new TicketOwnership(channel);
        this.requests = requests;
    }

    /**
     * Processes one event.
     *
     * @throws PermanentFailure when the assistant refuses the message as it is
     */
    public void process(TicketEvent event, ReplyPlanner planner, Assistant assistant, ConversationStore store,
            Outbox outbox) {
        if (ownership.apply(event, store)) {
            return;
        }
        if (!(event instanceof TicketEvent.CustomerMessage message)) {
            LOG.debug("{}: nothing to do: {}", channel, event);
            return;
        }
        Reply reply;
        try {
            reply = assistant.handle(new IncomingMessage(channel, message.ticketId(), message.messageId(),
                    message.customer(), message.text(), message.sentAt(), null,
                    Map.of(TICKET_ID, message.ticketId())));
        } catch (InvalidMessageException e) {
            throw new PermanentFailure(channel + " ticket " + message.ticketId() + " message " + message.messageId()
                    + " refused by the assistant: " + e.getMessage(), e);
        }
        List<TicketUpdate> updates = planner.plan(message, reply);
        if (updates.isEmpty()) {
            LOG.debug("{} ticket {}: a person owns it; the assistant stays silent", channel, message.ticketId());
        }
        for (TicketUpdate update : updates) {
            List<HostRequest> calls = requests.apply(message, update);
            for (int i = 0; i < calls.size(); i++) {
                String key = message.messageId() + ":" + update.purpose() + (i == 0 ? "" : ":" + i);
                outbox.enqueue(new OutboundMessage(channel, key, update.purpose(), message.ticketId(),
                        HostRequests.toJson(calls.get(i))));
            }
        }
        LOG.debug("{} ticket {} message {}: {} updates queued", channel, message.ticketId(), message.messageId(),
                updates.size());
    }
}
