package dev.parley.webhook;

import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One call to a host system, as the {@link Outbox} keeps it.
 *
 * @param channel the adapter whose {@link OutboxDelivery} delivers it, e.g. {@code chatwoot}; not
 *     {@code null} or blank, at most 64 characters
 * @param idempotencyKey unique within the channel: enqueueing the same key twice adds it once;
 *     derive it from what caused the call, e.g. {@code <message id>:reply}; not {@code null} or
 *     blank, at most 200 characters
 * @param kind what the call does, for the delivery and for admins, e.g. {@code reply},
 *     {@code assign}; not {@code null} or blank, at most 64 characters
 * @param orderingKey messages of the channel with the same key (e.g. the host's conversation id)
 *     are delivered one after the other, in the order they were enqueued; {@code null} for no order;
 *     at most 200 characters
 * @param payload what the delivery needs, as JSON; never credentials, which the delivery takes from
 *     its own configuration; not {@code null}
 */
@ProviderType
public record OutboundMessage(String channel, String idempotencyKey, String kind, String orderingKey,
        String payload) {

    /** The longest channel or kind. */
    public static final int MAX_NAME_LENGTH = 64;
    /** The longest idempotency or ordering key. */
    public static final int MAX_KEY_LENGTH = 200;

    public OutboundMessage {
        requireLength("channel", channel, MAX_NAME_LENGTH);
        requireLength("idempotencyKey", idempotencyKey, MAX_KEY_LENGTH);
        requireLength("kind", kind, MAX_NAME_LENGTH);
        if (orderingKey != null && orderingKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("orderingKey must have at most " + MAX_KEY_LENGTH + " characters");
        }
        Objects.requireNonNull(payload, "payload");
    }

    private static void requireLength(String name, String value, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
    }
}
