package dev.parley.webhook;

import java.time.Duration;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outcome of one {@link OutboxDelivery#deliver delivery}.
 *
 * @param outcome delivered, retry or failed; not {@code null}
 * @param retryAfter for {@link Outcome#RETRY}: how long the host asked to wait ({@code Retry-After}),
 *     or {@code null} to use the outbox's back-off; otherwise {@code null}
 * @param reason for retry and failed: why, e.g. {@code HTTP 503}, without customer text or secrets;
 *     otherwise {@code null}
 */
@ProviderType
public record DeliveryResult(Outcome outcome, Duration retryAfter, String reason) {

    private static final DeliveryResult DELIVERED = new DeliveryResult(Outcome.DELIVERED, null, null);

    /** What became of one attempt. */
    public enum Outcome {
        /** The host accepted the call; the message is done. */
        DELIVERED,
        /** A transient failure: try again later. */
        RETRY,
        /** Retrying cannot help: the message becomes a dead letter at once. */
        FAILED
    }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        if (retryAfter != null && (outcome != Outcome.RETRY || retryAfter.isNegative())) {
            throw new IllegalArgumentException("retryAfter is only for RETRY and must not be negative");
        }
    }

    /** @return the result of a call the host accepted */
    public static DeliveryResult delivered() {
        return DELIVERED;
    }

    /**
     * @param retryAfter how long the host asked to wait, or {@code null}
     * @param reason why, e.g. {@code HTTP 429}
     * @return the result of a call to try again
     */
    public static DeliveryResult retry(Duration retryAfter, String reason) {
        return new DeliveryResult(Outcome.RETRY, retryAfter, reason);
    }

    /**
     * @param reason why retrying cannot help, e.g. {@code HTTP 404: conversation not found}
     * @return the result of a call that will never succeed
     */
    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(Outcome.FAILED, null, Objects.requireNonNull(reason, "reason"));
    }
}
