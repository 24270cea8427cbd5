package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.RecordNotFoundException;

/**
 * The legacy CRM's orders through the configured statements. Whether an order may still be
 * cancelled or re-addressed is the legacy system's rule, written into the change statement's
 * {@code WHERE}; a change that matches no row is explained from the order as it is.
 */
final class LegacyOrderService implements OrderService {

    private final LegacyDatabase database;
    private final LegacyRows rows;
    private final Settings settings;

    LegacyOrderService(LegacyDatabase database) {
        this.database = database;
        this.rows = new LegacyRows(database);
        this.settings = database.settings();
    }

    @Override
    public Optional<Order> findOrder(String orderNumber) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        return database.read("looking an order up", connection -> rows.order(connection, orderNumber));
    }

    @Override
    public List<Order> ordersOf(String customerId, int limit) {
        Objects.requireNonNull(customerId, "customerId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        if (settings.statement(Query.ORDERS_OF_CUSTOMER) == null) {
            return List.of();
        }
        return database.read("listing a customer's orders", connection -> List.copyOf(
                rows.orders(connection, Query.ORDERS_OF_CUSTOMER, Map.of("customerId", customerId, "limit", limit), limit)));
    }

    @Override
    public Order cancel(String orderNumber, String reason) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(reason, "reason");
        settings.requireChange(Query.CANCEL_ORDER, "cancelling orders");
        return change(Query.CANCEL_ORDER, orderNumber, Map.of("orderId", orderNumber,
                "reason", reason.length() > 500 ? reason.substring(0, 500) : reason), "cancelled");
    }

    @Override
    public Order changeShippingAddress(String orderNumber, Address address) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(address, "address");
        settings.requireChange(Query.CHANGE_SHIPPING_ADDRESS, "changing an order's address");
        Map<String, Object> values = LegacyCustomerDirectory.addressValues(address);
        values.put("orderId", orderNumber);
        return change(Query.CHANGE_SHIPPING_ADDRESS, orderNumber, values, "sent to another address");
    }

    private Order change(Query query, String orderNumber, Map<String, ?> values, String change) {
        return database.inTransaction("changing an order", connection -> {
            int changed;
            try {
                changed = database.update(connection, query, values);
            } catch (SQLException e) {
                if (LegacyDatabase.isRefusal(e)) {
                    throw new ChangeRejectedException("the legacy CRM '" + settings.name + "' refused to change order "
                            + orderNumber + " (" + LegacyDatabase.withoutValues(e) + ")");
                }
                throw e;
            }
            if (changed == 0) {
                throw refusal(connection, orderNumber, change);
            }
            return rows.order(connection, orderNumber).orElseThrow(() -> notFound(orderNumber));
        });
    }

    /** Why a change matched no row: no such order, or one the legacy rules no longer let change. */
    private RuntimeException refusal(Connection connection, String orderNumber, String change) throws SQLException {
        Optional<Order> order = rows.order(connection, orderNumber);
        if (order.isEmpty()) {
            return notFound(orderNumber);
        }
        return new ChangeRejectedException("order " + orderNumber + " is " + order.get().status().name().toLowerCase(Locale.ROOT)
                + " and can no longer be " + change);
    }

    private RecordNotFoundException notFound(String orderNumber) {
        return new RecordNotFoundException("no order " + orderNumber + " in the legacy CRM '" + settings.name + "'");
    }

}
