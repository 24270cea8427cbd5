package dev.parley.api.host;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's tickets (helpdesk, CRM cases), implemented by an adapter; a handoff to a person
 * becomes a ticket here.
 *
 * <p>Implementations are thread-safe. Exceptions are those of the package documentation.
 */
@ConsumerType
public interface TicketService {

    /**
     * Opens a ticket. Parley retries after a timeout with the same
     * {@link TicketRequest#requestId()}; where the host can find a ticket by such a key (e.g.
     * Zendesk's {@code external_id}), the adapter returns that ticket instead of opening a second
     * one.
     *
     * @param request what to open; not {@code null}
     * @return the ticket as the host stored it
     * @throws ChangeRejectedException if the host refuses the ticket, e.g. an unknown queue
     * @throws HostUnavailableException if the host cannot be reached
     */
    Ticket create(TicketRequest request);

    /**
     * Looks a ticket up by the host's id.
     *
     * @param ticketId the host's ticket id; not {@code null}
     * @return the ticket, or empty if the host has none with this id
     * @throws HostUnavailableException if the host cannot be reached
     */
    Optional<Ticket> find(String ticketId);

    /**
     * Adds a comment to a ticket, e.g. later messages of the customer after the handoff.
     *
     * @param ticketId the host's ticket id; not {@code null}
     * @param body the comment text; not {@code null}
     * @param publicReply {@code true} to send it to the customer as a reply, {@code false} for an
     *     internal note that only staff see
     * @throws RecordNotFoundException if the host has no ticket with this id
     * @throws HostUnavailableException if the host cannot be reached
     */
    void addComment(String ticketId, String body, boolean publicReply);
}
