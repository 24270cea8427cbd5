package dev.parley.api.host;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's orders (shop, ERP), implemented by an adapter.
 *
 * <p>Implementations are thread-safe. Whether an order can still be cancelled or re-addressed is
 * the host's decision (see {@link OrderStatus} for the usual rules); a refusal is a
 * {@link ChangeRejectedException}. Other exceptions are those of the package documentation.
 */
@ConsumerType
public interface OrderService {

    /**
     * Looks an order up by its number.
     *
     * @param orderNumber the order number as the host writes it, without a leading {@code #};
     *     not {@code null}
     * @return the order, or empty if the host has none with this number
     * @throws HostUnavailableException if the host cannot be reached
     */
    Optional<Order> findOrder(String orderNumber);

    /**
     * Lists a customer's most recent orders.
     *
     * @param customerId the host's customer id; not {@code null}
     * @param limit the maximum number of orders, {@code >= 1}
     * @return at most {@code limit} orders, newest first; empty for an unknown customer
     * @throws IllegalArgumentException if {@code limit < 1}
     * @throws HostUnavailableException if the host cannot be reached
     */
    List<Order> ordersOf(String customerId, int limit);

    /**
     * Cancels an order.
     *
     * @param orderNumber the order number; not {@code null}
     * @param reason why the customer cancels, stored with the order for the shop's staff; not
     *     {@code null}
     * @return the order as stored after the change, normally {@link OrderStatus#CANCELLED}
     * @throws RecordNotFoundException if the host has no order with this number
     * @throws ChangeRejectedException if the order can no longer be cancelled, e.g. it has shipped
     * @throws UnsupportedOperationException if the host does not allow cancellations through this
     *     adapter
     * @throws HostUnavailableException if the host cannot be reached
     */
    Order cancel(String orderNumber, String reason);

    /**
     * Sends an order to another address.
     *
     * @param orderNumber the order number; not {@code null}
     * @param address the new shipping address; not {@code null}
     * @return the order as stored after the change
     * @throws RecordNotFoundException if the host has no order with this number
     * @throws ChangeRejectedException if the address can no longer be changed (e.g. the order has
     *     shipped) or is refused (e.g. outside the delivery area)
     * @throws UnsupportedOperationException if the host does not allow address changes through
     *     this adapter
     * @throws HostUnavailableException if the host cannot be reached
     */
    Order changeShippingAddress(String orderNumber, Address address);
}
