package dev.parley.webhook;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persisted queue of calls to host systems. A message enqueued here is delivered by the
 * {@link OutboxDelivery} service of its channel, on any node of the installation, with retries and
 * exponential back-off until it is delivered, or kept as a dead letter an admin can replay. A host
 * outage or a restart loses nothing.
 */
@ProviderType
public interface Outbox {

    /**
     * Persists a message for delivery. Once this method returns, the message survives a restart.
     * Messages with the same {@link OutboundMessage#orderingKey()} in one channel are delivered one
     * at a time in the order they were enqueued.
     *
     * @param message the message; not {@code null}
     * @return {@code true} if the message was added, {@code false} if one with the same channel and
     *     idempotency key was enqueued before (nothing changes then)
     * @throws dev.parley.api.store.StoreUnavailableException if the database cannot be reached;
     *     nothing was enqueued
     */
    boolean enqueue(OutboundMessage message);
}
