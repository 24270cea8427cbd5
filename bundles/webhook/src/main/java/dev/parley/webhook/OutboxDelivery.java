package dev.parley.webhook;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Performs the calls of one channel's {@link OutboundMessage}s, with the adapter's own configured
 * credentials. Register it as a service with the property {@value #CHANNEL} {@code =<channel>};
 * while no delivery of a channel is registered, its messages wait.
 */
@ConsumerType
public interface OutboxDelivery {

    /** Service property: the channel whose messages this service delivers. */
    String CHANNEL = "parley.outbox.channel";

    /**
     * Performs one message's call. Called on an outbox worker thread, possibly again for the same
     * message after a failure or a restart (the host may then see it twice only if the call
     * succeeded but its answer was lost).
     *
     * @param message the message as enqueued; not {@code null}
     * @param attempt 1 for the first attempt, 2 for the first retry ...
     * @return {@link DeliveryResult#delivered()}, {@link DeliveryResult#retry} (e.g. on 429, 5xx or
     *     a connection failure) or {@link DeliveryResult#failed} (e.g. on 4xx that will not change)
     * @throws Exception is taken as {@link DeliveryResult#retry} without a hint, except
     *     {@link PermanentFailure}, taken as {@link DeliveryResult#failed}
     */
    DeliveryResult deliver(OutboundMessage message, int attempt) throws Exception;
}
