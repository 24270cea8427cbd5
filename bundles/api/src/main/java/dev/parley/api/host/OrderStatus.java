package dev.parley.api.host;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where an order is, in the usual order of its life. Adapters map the host's states onto these.
 *
 * <p>Usually an order can be cancelled or re-addressed while it is {@link #PENDING},
 * {@link #PAID} or {@link #PROCESSING}, and not from {@link #SHIPPED} on; the host decides, and
 * {@link OrderService} reports a refusal with {@link ChangeRejectedException}.
 */
@ProviderType
public enum OrderStatus {
    /** Placed, payment not yet received. */
    PENDING,
    /** Paid, not yet being prepared. */
    PAID,
    /** Being picked and packed. */
    PROCESSING,
    /** Handed to the carrier. */
    SHIPPED,
    /** Delivered to the customer. */
    DELIVERED,
    /** Cancelled before it shipped. */
    CANCELLED,
    /** Sent back by the customer, refund not yet made. */
    RETURNED,
    /** Money paid back, in full or in part. */
    REFUNDED
}
