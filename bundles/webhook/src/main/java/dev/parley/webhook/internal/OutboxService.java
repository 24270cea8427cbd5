package dev.parley.webhook.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.OutboxDelivery;
import dev.parley.webhook.PermanentFailure;

/**
 * The {@link Outbox}: messages go into the outbox table and this container's workers deliver them
 * through the {@link OutboxDelivery} of their channel. Messages of a channel without a delivery
 * wait in the table until one is registered.
 */
@Component(service = Outbox.class)
public final class OutboxService implements Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxService.class);

    private final Map<String, OutboxDelivery> deliveries = new ConcurrentHashMap<>();
    private final DurableQueue queue;
    private final QueueWorker worker;

    @Activate
    public OutboxService(@Reference WebhookQueues queues) {
        this.queue = queues.outbox();
        this.worker = new QueueWorker(queue, this::channels, this::deliver, queues.settings().worker(),
                Clock.systemUTC());
        worker.start();
    }

    @Deactivate
    void deactivate() {
        worker.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDelivery(OutboxDelivery delivery, Map<String, Object> properties) {
        String channel = channelOf(delivery, properties);
        if (channel != null) {
            deliveries.put(channel, delivery);
            LOG.info("Outbox: delivering channel {}", channel);
            if (worker != null) {
                worker.wake();
            }
        }
    }

    void removeDelivery(OutboxDelivery delivery, Map<String, Object> properties) {
        String channel = channelOf(delivery, properties);
        if (channel != null && deliveries.remove(channel, delivery)) {
            LOG.info("Outbox: channel {} has no delivery any more; its messages wait", channel);
        }
    }

    private static String channelOf(OutboxDelivery delivery, Map<String, Object> properties) {
        Object channel = properties.get(OutboxDelivery.CHANNEL);
        if (!(channel instanceof String name) || name.isBlank()) {
            LOG.warn("Outbox: {} has no service property {}; it is not used", delivery.getClass().getName(),
                    OutboxDelivery.CHANNEL);
            return null;
        }
        return name;
    }

    @Override
    public boolean enqueue(OutboundMessage message) {
        boolean added = queue.add(message.channel(), message.idempotencyKey(), message.kind(), message.orderingKey(),
                message.payload());
        if (added) {
            worker.wake();
        } else {
            LOG.debug("Outbox: {} key {} was enqueued before", message.channel(), message.idempotencyKey());
        }
        return added;
    }

    private Set<String> channels() {
        return Set.copyOf(deliveries.keySet());
    }

    private Outcome deliver(DurableQueue.Entry entry) throws Exception {
        OutboxDelivery delivery = deliveries.get(entry.topic());
        if (delivery == null) {
            return Outcome.retry(null, "no delivery for channel " + entry.topic());
        }
        OutboundMessage message = new OutboundMessage(entry.topic(), entry.key(), entry.kind(), entry.orderingKey(),
                entry.content());
        DeliveryResult result;
        try {
            result = delivery.deliver(message, entry.attempts());
        } catch (PermanentFailure e) {
            return Outcome.dead(e.getMessage());
        }
        if (result == null) {
            return Outcome.retry(null, "the delivery of channel " + entry.topic() + " returned no result");
        }
        return switch (result.outcome()) {
            case DELIVERED -> Outcome.DONE;
            case RETRY -> Outcome.retry(result.retryAfter(), result.reason());
            case FAILED -> Outcome.dead(result.reason());
        };
    }
}
