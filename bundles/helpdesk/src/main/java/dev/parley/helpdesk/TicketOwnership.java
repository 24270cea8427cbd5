package dev.parley.helpdesk;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Owner;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who answers a ticket, kept in the conversation store, the one truth every node shares. A person
 * who takes over silences the assistant (it answers with empty replies, which the adapter does
 * not post) until the ticket is handed back or resolved; a customer message on a resolved ticket
 * reopens it for the assistant.
 */
public final class TicketOwnership {

    private static final Logger LOG = LoggerFactory.getLogger(TicketOwnership.class);

    private final String channel;

    /**
     * @param channel the adapter's channel, e.g. {@code zendesk}; the ticket id is the
     *     conversation's id there
     */
    public TicketOwnership(String channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /**
     * Records what an ownership event says.
     *
     * @param event a {@link TicketEvent.HumanTookOver}, {@link TicketEvent.HandedBack} or
     *     {@link TicketEvent.Resolved}; other events change nothing
     * @param store the conversation store
     * @return whether the event was about ownership
     */
    public boolean apply(TicketEvent event, ConversationStore store) {
        if (event instanceof TicketEvent.HumanTookOver takeover) {
            change(takeover.ticketId(), Owner.HUMAN, store);
            LOG.info("{} ticket {}: a person took over ({}); the assistant stays silent until handed back",
                    channel, takeover.ticketId(), takeover.why());
            return true;
        }
        if (event instanceof TicketEvent.HandedBack handback) {
            change(handback.ticketId(), Owner.ASSISTANT, store);
            LOG.info("{} ticket {}: handed back to the assistant", channel, handback.ticketId());
            return true;
        }
        if (event instanceof TicketEvent.Resolved resolved) {
            change(resolved.ticketId(), Owner.RESOLVED, store);
            LOG.info("{} ticket {}: resolved; the customer's next message reopens it for the assistant", channel,
                    resolved.ticketId());
            return true;
        }
        return false;
    }

    private void change(String ticketId, Owner owner, ConversationStore store) {
        // A ticket the assistant never saw still gets a conversation, so a person who answered
        // before the customer's first webhook arrived keeps the ticket.
        Conversation conversation = store.findByExternalId(channel, ticketId)
                .orElseGet(() -> store.open(channel, ticketId, null, null));
        if (conversation.state().owner() != owner) {
            store.changeOwner(conversation.id(), owner);
        }
    }
}
