package dev.parley.api.recommend;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

import dev.parley.api.host.Order;

/**
 * Every order a host knows, for training a {@link Recommender}. {@link dev.parley.api.host.OrderService}
 * answers for one customer at a time; a recommender needs all customers' orders to learn which
 * items go together. A host adapter that can list its orders registers this service as well.
 */
@ConsumerType
public interface PurchaseHistory {

    /**
     * Passes every order to {@code action}, in no particular order. Implementations may read in
     * pages but should not hold all orders in memory at once.
     *
     * @param action receives each order; not {@code null}
     * @throws dev.parley.api.host.HostUnavailableException if the host cannot be read
     */
    void forEachOrder(Consumer<Order> action);
}
