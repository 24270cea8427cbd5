package dev.parley.api.conversation;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One message a customer sent through a host, as an adapter hands it to the {@link Assistant}.
 *
 * @param channel the adapter it came through, e.g. {@code "rest"}, {@code "chatwoot"},
 *     {@code "zendesk"}; ids below are unique within a channel; not {@code null}
 * @param conversationId the host's id of the conversation, or {@code null} to start a new one
 *     (the {@link Reply} then carries the id to send with the next messages)
 * @param messageId the host's id of this message, the idempotency key; not {@code null} or blank
 * @param customer what the host says about the sender; not verified (see
 *     {@link dev.parley.api.skill.SkillContext#identityVerified()}); {@code null} is taken as
 *     {@link CustomerRef#anonymous()}
 * @param text what the customer wrote; not {@code null} or blank
 * @param sentAt when the customer sent it, or when the adapter received it if the host does not
 *     say; not {@code null}
 * @param locale the customer's language, or {@code null} to use the conversation's or the
 *     configured default
 * @param attributes host-specific extras (e.g. the host's ticket id), for adapters and skills that
 *     know the host; {@code null} is taken as empty; the map is an unmodifiable copy
 */
@ProviderType
public record IncomingMessage(
        String channel,
        String conversationId,
        String messageId,
        CustomerRef customer,
        String text,
        Instant sentAt,
        Locale locale,
        Map<String, String> attributes) {

    public IncomingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.isBlank()) {
            throw new IllegalArgumentException("messageId must not be blank");
        }
        customer = customer == null ? CustomerRef.anonymous() : customer;
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        Objects.requireNonNull(sentAt, "sentAt");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
