package dev.parley.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One message of a conversation's transcript.
 *
 * @param conversationId the conversation; not {@code null}
 * @param sequence the message's position in the conversation, from 1
 * @param author who wrote it; not {@code null}
 * @param messageId the host's or Parley's id of the message; unique per channel; not {@code null}
 * @param text what was written; personal data; not {@code null}
 * @param at when it was written or received; not {@code null}
 * @param quickReplies the choices offered with an assistant message
 * @param decision for an assistant message, what it decided about the customer message it
 *     answers; otherwise {@code null}
 */
@ProviderType
public record StoredMessage(
        String conversationId,
        long sequence,
        Author author,
        String messageId,
        String text,
        Instant at,
        List<String> quickReplies,
        Decision decision) {

    public StoredMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
