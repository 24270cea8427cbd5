package dev.parley.api.conversation;

import dev.parley.api.ParleyException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Answers customers: understands a message, lets a skill or the knowledge base answer, and hands
 * off to a person when needed.
 *
 * <p>Implementations are thread-safe and keep no conversation state in memory between calls, so
 * any node of a scaled-out installation can handle any message.
 */
@ProviderType
public interface Assistant {

    /**
     * Handles one customer message and returns the reply to send.
     *
     * <p>Idempotent on {@link IncomingMessage#messageId()} within its channel: the message,
     * the decision and the reply are stored before this method returns, and a message id that was
     * handled before returns the stored reply without handling the message again. A host may
     * therefore retry after a timeout or any failure other than {@link InvalidMessageException}.
     *
     * <p>Failures of skills and host systems do not surface here: the assistant falls back to the
     * knowledge base or a handoff and says so in the reply.
     *
     * @param message the customer's message; not {@code null}
     * @return the reply, never {@code null}
     * @throws InvalidMessageException if the message cannot be accepted as it is (e.g. text
     *     longer than the configured maximum, or a message id already used for a different
     *     message); retrying it unchanged fails again
     * @throws ParleyException if Parley cannot handle the message now (e.g. its database is
     *     unavailable); nothing was stored and the host may retry with the same message id
     */
    Reply handle(IncomingMessage message);
}
