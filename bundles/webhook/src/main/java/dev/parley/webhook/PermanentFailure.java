package dev.parley.webhook;

/**
 * Thrown by {@link WebhookHandler#process} or {@link OutboxDelivery#deliver} when retrying cannot
 * help (e.g. the event names a conversation the host deleted); the event or message becomes a dead
 * letter at once. The message says why, without customer text or secrets.
 */
public class PermanentFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why retrying cannot help; not {@code null} */
    public PermanentFailure(String reason) {
        super(reason);
    }

    /**
     * @param reason why retrying cannot help; not {@code null}
     * @param cause the underlying failure
     */
    public PermanentFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
