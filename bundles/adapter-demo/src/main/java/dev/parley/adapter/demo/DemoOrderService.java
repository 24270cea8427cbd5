package dev.parley.adapter.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.recommend.PurchaseHistory;

/**
 * The demo shop's orders. Like most shops it lets an order be cancelled or re-addressed only
 * until it is handed to the carrier; the check and the change are one statement, so a
 * concurrent shipment cannot slip in between.
 */
@Component(service = { OrderService.class, PurchaseHistory.class })
public final class DemoOrderService implements OrderService, PurchaseHistory {

    /** The states in which the shop can still stop or redirect an order. */
    static final Set<OrderStatus> CHANGEABLE = EnumSet.of(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.PROCESSING);

    private static final String CHANGEABLE_SQL = CHANGEABLE.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final DemoSql sql;

    @Activate
    public DemoOrderService(@Reference DemoCrm crm) {
        this(crm.sql());
    }

    DemoOrderService(DemoSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Order> findOrder(String orderNumber) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        return sql.read("looking an order up", connection -> DemoRows.order(connection, orderNumber));
    }

    @Override
    public List<Order> ordersOf(String customerId, int limit) {
        Objects.requireNonNull(customerId, "customerId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        return sql.read("listing a customer's orders", connection -> {
            try (PreparedStatement query = connection.prepareStatement(DemoRows.SELECT_ORDER
                    + "WHERE customer_id = ? ORDER BY placed_at DESC, number DESC FETCH FIRST ? ROWS ONLY")) {
                query.setString(1, customerId);
                query.setInt(2, limit);
                return List.copyOf(DemoRows.orders(connection, query));
            }
        });
    }

    /** All orders at once: the demo shop has a few dozen, so one list is fine here. */
    @Override
    public void forEachOrder(Consumer<Order> action) {
        Objects.requireNonNull(action, "action");
        sql.read("listing all orders", connection -> {
            try (PreparedStatement query = connection.prepareStatement(DemoRows.SELECT_ORDER + "ORDER BY placed_at, number")) {
                return List.copyOf(DemoRows.orders(connection, query));
            }
        }).forEach(action);
    }

    @Override
    public Order cancel(String orderNumber, String reason) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(reason, "reason");
        return sql.inTransaction("cancelling an order", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE demo_order SET status = 'CANCELLED', "
                    + "cancel_reason = ? WHERE number = ? AND status IN " + CHANGEABLE_SQL)) {
                update.setString(1, reason.length() > 500 ? reason.substring(0, 500) : reason);
                update.setString(2, orderNumber);
                if (update.executeUpdate() == 0) {
                    throw refusal(connection, orderNumber, "cancelled");
                }
            }
            return DemoRows.order(connection, orderNumber).orElseThrow();
        });
    }

    @Override
    public Order changeShippingAddress(String orderNumber, Address address) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(address, "address");
        ContactRules.validAddress(address);
        return sql.inTransaction("changing an order's address", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE demo_order SET address_line1 = ?, "
                    + "address_line2 = ?, postal_code = ?, city = ?, region = ?, country_code = ? "
                    + "WHERE number = ? AND status IN " + CHANGEABLE_SQL)) {
                DemoRows.bindAddress(update, 1, address);
                update.setString(7, orderNumber);
                if (update.executeUpdate() == 0) {
                    throw refusal(connection, orderNumber, "sent to another address");
                }
            }
            return DemoRows.order(connection, orderNumber).orElseThrow();
        });
    }

    /** Why a change matched no row: no such order, or one past the point of change. */
    private static RuntimeException refusal(Connection connection, String orderNumber, String change) throws SQLException {
        Optional<Order> order = DemoRows.order(connection, orderNumber);
        if (order.isEmpty()) {
            return new RecordNotFoundException("no order " + orderNumber + " in the demo shop");
        }
        OrderStatus status = order.get().status();
        return new ChangeRejectedException("order " + orderNumber + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                + (status == OrderStatus.CANCELLED ? " already" : "") + " and can no longer be " + change
                + (status == OrderStatus.SHIPPED ? "; once it arrives it can be returned" : ""));
    }
}
