package dev.parley.recommend;

import java.util.function.Consumer;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;

/**
 * Turns a host's orders into purchases: each line of an order with a customer is one purchase.
 * Cancelled orders are left out (the customer did not end up wanting them); returned and
 * refunded ones stay, since they still show what the customer was interested in.
 */
final class OrderPurchases {

    private OrderPurchases() {
    }

    static Consumer<Order> into(Consumer<Purchase> sink) {
        return order -> {
            if (order.customerId() == null || order.status() == OrderStatus.CANCELLED) {
                return;
            }
            for (OrderLine line : order.lines()) {
                sink.accept(new Purchase(order.customerId(), order.number(), line.sku(), line.title(), order.placedAt()));
            }
        };
    }
}
