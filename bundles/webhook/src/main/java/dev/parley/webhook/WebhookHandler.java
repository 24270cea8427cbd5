package dev.parley.webhook;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One host's webhook, served by Parley at {@code POST /webhooks/<name>} where {@code <name>} is the
 * service property {@value #NAME}. Register it as a service; removing the service answers the path
 * with 404 again. Events already accepted stay in the inbox and are processed once a handler of the
 * same name is back.
 *
 * <p>The three steps run in this order. {@link #authenticate} and {@link #parse} run while the
 * host waits for the answer, so they must be quick and touch no remote system; {@link #process}
 * runs later, on a worker thread, and may be called again for the same event after a failure or a
 * restart, so it must be idempotent (e.g. by handing the event's idempotency key to the assistant
 * as the message id and to the {@link Outbox} as the key of each outbound call).
 */
@ConsumerType
public interface WebhookHandler {

    /** Service property: the handler's name, the last segment of its path, e.g. {@code chatwoot}. */
    String NAME = "parley.webhook.name";

    /**
     * Checks that the request comes from the host: its signature or shared secret, and that its
     * timestamp is recent (at most five minutes old) so that a recorded request cannot be replayed.
     * Parley logs a rejection without the body and answers 401.
     *
     * @param request the request; not {@code null}
     * @throws WebhookRejection with status 401 if the request is not authentic
     */
    void authenticate(WebhookRequest request) throws WebhookRejection;

    /**
     * Validates the body and says what it is. Runs only after {@link #authenticate} accepted the
     * request.
     *
     * @param request the request; not {@code null}
     * @return the event, or an {@link WebhookEvent#ignored ignored} one for events the adapter has
     *     nothing to do with (e.g. the host's own activity messages, or the adapter's own replies)
     * @throws WebhookRejection with status 400 for a body that is not what the host sends
     *     (malformed JSON, a missing or mistyped field) or 422 for a well-formed one that cannot be
     *     handled; name the field
     */
    WebhookEvent parse(WebhookRequest request) throws WebhookRejection;

    /**
     * Does the work of one accepted event, asynchronously: e.g. asks the assistant and enqueues the
     * reply to the {@link Outbox}. Events with the same {@link WebhookEvent#orderingKey()} are
     * processed one at a time in the order they were accepted.
     *
     * @param event an event {@link #parse} returned, as persisted; not {@code null}
     * @throws PermanentFailure if retrying cannot help; the event becomes a dead letter at once
     * @throws Exception for any other failure: the event is retried with back-off and becomes a
     *     dead letter after the configured number of attempts
     */
    void process(WebhookEvent event) throws Exception;
}
