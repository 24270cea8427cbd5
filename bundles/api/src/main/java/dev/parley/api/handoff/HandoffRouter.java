package dev.parley.api.handoff;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides where a conversation goes when a person must take over: the queue from the intent and
 * the customer's tier, the priority from sentiment and tier, and the expected response time from
 * the business hours.
 *
 * <p>Routing is a decision only: it opens no ticket and changes nothing, so it is safe to call
 * again. Implementations are thread-safe and never log {@link HandoffRequest#text()}.
 */
@ProviderType
public interface HandoffRouter {

    /**
     * Routes one handoff.
     *
     * @param request what is known about the conversation; not {@code null}
     * @return the decision, with {@link Handoff#ticketId()} {@code null} (the ticket is opened
     *     afterwards)
     */
    Handoff route(HandoffRequest request);
}
