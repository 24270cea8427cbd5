/**
 * What every helpdesk adapter shares: a signed webhook endpoint with a persisted inbox, and a
 * persisted outbox for the calls back to the host.
 *
 * <p><b>Inbound.</b> An adapter registers a {@link dev.parley.webhook.WebhookHandler} service with
 * the property {@value dev.parley.webhook.WebhookHandler#NAME} {@code =<name>}; Parley serves it at
 * {@code POST /webhooks/<name>}. For each request Parley reads the body (at most the configured
 * size, valid UTF-8), lets the handler {@link dev.parley.webhook.WebhookHandler#authenticate
 * authenticate} and {@link dev.parley.webhook.WebhookHandler#parse parse} it, drops a repeated
 * idempotency key, persists the event and acknowledges the request at once. A bounded pool of
 * workers then calls {@link dev.parley.webhook.WebhookHandler#process process}, retrying with
 * back-off; pending events survive a restart.
 *
 * <p><b>Outbound.</b> An adapter {@link dev.parley.webhook.Outbox#enqueue enqueues} each call to
 * the host as an {@link dev.parley.webhook.OutboundMessage} and registers an
 * {@link dev.parley.webhook.OutboxDelivery} service with the property
 * {@value dev.parley.webhook.OutboxDelivery#CHANNEL} {@code =<channel>} that performs one call with
 * its own credentials. Parley delivers each message at least once and, as long as the delivery
 * reports its outcome truthfully, exactly once; failures are retried with exponential back-off and
 * jitter, honouring a host's {@code Retry-After}; a message that still fails is kept as a dead
 * letter that an admin lists and replays.
 *
 * <p>Bodies and payloads carry customer text: log them at DEBUG only.
 *
 * <p>1.1: {@link dev.parley.webhook.WebhookRequest} carries the request's query string
 * ({@code query()}, {@code queryParameter(name)}) for hosts that put values into the URL.
 */
@Version("1.1.0")
@Export
package dev.parley.webhook;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
