package dev.parley.api.store;

import java.time.Instant;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A past conversation of a customer, as the assistant uses it to personalize ("last time you
 * asked about a refund").
 *
 * @param conversationId the conversation; not {@code null}
 * @param startedAt when it started; not {@code null}
 * @param lastIntent the last in-scope intent the assistant acted on, or {@code null}
 * @param handoffQueue the queue it was handed to, or {@code null} if it was not
 * @param ticketId the last ticket opened in it, or {@code null}
 */
@ProviderType
public record InteractionSummary(
        String conversationId,
        Instant startedAt,
        String lastIntent,
        String handoffQueue,
        String ticketId) {

    public InteractionSummary {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
