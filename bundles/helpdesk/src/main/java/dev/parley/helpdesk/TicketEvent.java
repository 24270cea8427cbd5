package dev.parley.helpdesk;

import dev.parley.api.Priority;
import dev.parley.api.conversation.CustomerRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a helpdesk's webhook says happened to a ticket, as far as the assistant cares. The
 * adapter's parser maps each host payload to exactly one of these.
 */
@ProviderType
public sealed interface TicketEvent {

    /**
     * The ticket the event is about.
     *
     * @return the host's ticket id, or {@code null} for an {@link Ignored} event
     */
    String ticketId();

    /**
     * The customer wrote: a new ticket or a public comment of the requester.
     *
     * @param ticketId the host's ticket id, Parley's conversation id in the adapter's channel
     * @param messageId the idempotency key: the host's comment or event id, or one derived with
     *     {@link MessageIds#derived} where the payload has none
     * @param text what the customer wrote, as plain text; not blank
     * @param customer what the host says about the requester
     * @param sentAt when the customer wrote it, or when the webhook arrived
     * @param currentPriority the ticket's priority now, or {@code null} if the payload does not say
     *     (the assistant then never changes it from sentiment alone)
     * @param currentTags the ticket's tags now, or {@code null} if the payload does not say
     */
    record CustomerMessage(String ticketId, String messageId, String text, CustomerRef customer, Instant sentAt,
            Priority currentPriority, Set<String> currentTags) implements TicketEvent {
        public CustomerMessage {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sentAt, "sentAt");
            currentTags = currentTags == null ? null : Set.copyOf(currentTags);
        }
    }

    /**
     * A person took the ticket over: an agent replied publicly, assigned it, or set its status.
     *
     * @param ticketId the host's ticket id
     * @param why what the agent did, for the log; no customer text
     */
    record HumanTookOver(String ticketId, String why) implements TicketEvent {
        public HumanTookOver {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * The staff handed the ticket back to the assistant (the handback tag was added).
     *
     * @param ticketId the host's ticket id
     */
    record HandedBack(String ticketId) implements TicketEvent {
        public HandedBack {
            Objects.requireNonNull(ticketId, "ticketId");
        }
    }

    /**
     * The ticket was solved or closed; the customer's next message reopens it for the assistant.
     *
     * @param ticketId the host's ticket id
     */
    record Resolved(String ticketId) implements TicketEvent {
        public Resolved {
            Objects.requireNonNull(ticketId, "ticketId");
        }
    }

    /**
     * Nothing for the assistant to do: an event type it does not handle, an internal note, or the
     * assistant's own comment coming back.
     *
     * @param why why it is ignored, for a DEBUG log line; no customer text
     */
    record Ignored(String why) implements TicketEvent {
        public Ignored {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String ticketId() {
            return null;
        }
    }
}
