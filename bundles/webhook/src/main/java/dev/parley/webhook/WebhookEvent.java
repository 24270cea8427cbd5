package dev.parley.webhook;

import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link WebhookHandler} found in a request, persisted in the inbox until it is processed.
 *
 * @param source the handler's name; not {@code null}
 * @param idempotencyKey the host's id of this delivery, event or message, unique within the source:
 *     a second request with the same key is acknowledged and not processed again; not {@code null}
 *     or blank, at most 200 characters
 * @param type the host's event type, e.g. {@code message_created}; not {@code null}
 * @param orderingKey events with the same key (e.g. the host's conversation id) are processed one
 *     at a time in the order they were accepted; {@code null} for no order; at most 200 characters
 * @param body the payload {@link WebhookHandler#process} needs, usually the request body as text;
 *     not {@code null}
 * @param ignored {@code true} if there is nothing to do: the request is acknowledged and neither
 *     persisted nor processed
 */
@ProviderType
public record WebhookEvent(String source, String idempotencyKey, String type, String orderingKey, String body,
        boolean ignored) {

    /** The longest idempotency or ordering key. */
    public static final int MAX_KEY_LENGTH = 200;

    public WebhookEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Objects.requireNonNull(type, "type");
        if (orderingKey != null && orderingKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("orderingKey must have at most " + MAX_KEY_LENGTH + " characters");
        }
        Objects.requireNonNull(body, "body");
    }

    /**
     * An event to process.
     *
     * @return the event, not ignored
     */
    public static WebhookEvent of(String source, String idempotencyKey, String type, String orderingKey,
            String body) {
        return new WebhookEvent(source, idempotencyKey, type, orderingKey, body, false);
    }

    /**
     * An event there is nothing to do for; acknowledged with 200 and forgotten.
     *
     * @return the event, ignored, with an empty body
     */
    public static WebhookEvent ignored(String source, String idempotencyKey, String type) {
        return new WebhookEvent(source, idempotencyKey, type, null, "", true);
    }
}
