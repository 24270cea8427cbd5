package dev.parley.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.api.store.StoreUnavailableException;
import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.OutboxDelivery;

/**
 * An outbox that keeps the real one's contract — a channel and idempotency key enqueued before
 * adds nothing — and delivers only when the test says so; it can be made unavailable.
 */
final class RecordingOutbox implements Outbox {

    final Map<String, OutboundMessage> enqueued = new ConcurrentHashMap<>();
    private final Map<String, OutboundMessage> pending = new ConcurrentHashMap<>();
    volatile boolean down;

    @Override
    public boolean enqueue(OutboundMessage message) {
        if (down) {
            throw new StoreUnavailableException("the outbox's database is not available", null);
        }
        String key = message.channel() + "/" + message.idempotencyKey();
        boolean added = enqueued.putIfAbsent(key, message) == null;
        if (added) {
            pending.put(key, message);
        }
        return added;
    }

    /** Delivers every pending message once; the delivered ones leave, the others stay pending. */
    List<DeliveryResult> deliver(OutboxDelivery delivery) throws Exception {
        List<DeliveryResult> results = new ArrayList<>();
        for (var entry : Map.copyOf(pending).entrySet()) {
            DeliveryResult result = delivery.deliver(entry.getValue(), 1);
            if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
                pending.remove(entry.getKey());
            }
            results.add(result);
        }
        return results;
    }
}
