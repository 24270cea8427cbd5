package dev.parley.api.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A stored conversation.
 *
 * @param id Parley's id of the conversation; not {@code null}
 * @param channel where it takes place, e.g. {@code "web"}, {@code "chatwoot"}; not {@code null}
 * @param externalId the host's id of the conversation, or {@code null} when Parley created it
 * @param customerId the host's customer id, or {@code null} for an anonymous sender
 * @param locale the conversation's language, or {@code null} for the configured default
 * @param state what the assistant remembers; not {@code null}
 * @param createdAt when the first message arrived; not {@code null}
 * @param updatedAt when it last changed; not {@code null}
 * @param version increases with every change; the store rejects a change based on an older one
 */
@ProviderType
public record Conversation(
        String id,
        String channel,
        String externalId,
        String customerId,
        Locale locale,
        ConversationState state,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
