package dev.parley.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.parley.api.host.Address;
import dev.parley.api.host.Customer;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;

/** Parley's customers, orders and order lines from the legacy rows, through the configured mappings. */
final class LegacyRows {

    static final Set<String> CUSTOMER_REQUIRED = Set.of("id");
    static final Set<String> ORDER_REQUIRED = Set.of("number", "status", "placedAt");
    static final Set<String> LINE_REQUIRED = Set.of("sku", "quantity", "unitPrice");

    private final LegacyDatabase database;
    private final Settings settings;

    LegacyRows(LegacyDatabase database) {
        this.database = database;
        this.settings = database.settings();
    }

    /** The one customer a lookup finds; empty if none or several (Parley never guesses whose data to show). */
    Optional<Customer> oneCustomer(Connection connection, Query query, Map<String, ?> values) throws SQLException {
        return database.query(connection, query, values, 2, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            Customer customer = customer(Row.over(rows, settings.customerColumns, CUSTOMER_REQUIRED, query.property(), settings));
            return rows.next() ? Optional.empty() : Optional.of(customer);
        });
    }

    Optional<Order> order(Connection connection, String number) throws SQLException {
        List<Order> orders = orders(connection, Query.ORDER_BY_NUMBER, Map.of("orderId", number), 2);
        return orders.size() == 1 ? Optional.of(orders.get(0)) : Optional.empty();
    }

    /** Orders with their lines; the lines are read after the orders, so one connection serves both. */
    List<Order> orders(Connection connection, Query query, Map<String, ?> values, int limit) throws SQLException {
        boolean[] totalRead = {false};
        List<Order> heads = database.query(connection, query, values, limit, rows -> {
            List<Order> found = new ArrayList<>();
            Row row = null;
            while (rows.next()) {
                row = row == null ? Row.over(rows, settings.orderColumns, ORDER_REQUIRED, query.property(), settings) : row;
                totalRead[0] = row.has("total");
                found.add(order(row, query));
            }
            return found;
        });
        if (settings.statement(Query.ORDER_LINES) == null) {
            return heads;
        }
        List<Order> orders = new ArrayList<>(heads.size());
        for (Order head : heads) {
            List<OrderLine> lines = lines(connection, head.number());
            // without a total column the total is what the lines add up to
            BigDecimal total = totalRead[0] ? head.total() : sum(lines);
            orders.add(new Order(head.number(), head.customerId(), head.status(), head.placedAt(), lines, total,
                    head.currency(), head.shippingAddress(), head.trackingNumber(), head.carrier(), head.estimatedDelivery()));
        }
        return orders;
    }

    private List<OrderLine> lines(Connection connection, String number) throws SQLException {
        return database.query(connection, Query.ORDER_LINES, Map.of("orderId", number), 0, rows -> {
            List<OrderLine> lines = new ArrayList<>();
            Row row = null;
            while (rows.next()) {
                row = row == null ? Row.over(rows, settings.orderLineColumns, LINE_REQUIRED, Query.ORDER_LINES.property(),
                        settings) : row;
                lines.add(line(row));
            }
            return lines;
        });
    }

    private Customer customer(Row row) throws SQLException {
        String id = row.text("id");
        if (id == null) {
            throw new IllegalStateException(Query.CUSTOMER_BY_ID.property() + " returned a customer without id");
        }
        String email = row.text("email");
        return new Customer(id, row.text("name"), email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                row.text("phone"), row.text("tier"), address(row), row.instant("since"));
    }

    private Order order(Row row, Query query) throws SQLException {
        String number = row.text("number");
        String code = row.text("status");
        OrderStatus status = settings.statuses.of(code);
        if (status == null) {
            throw new HostUnavailableException("legacy CRM database '" + settings.name + "': order status code '" + code
                    + "' is not in statusMapping; add it (e.g. " + code + "=SHIPPED)");
        }
        if (number == null || row.instant("placedAt") == null) {
            throw new IllegalStateException(query.property() + " returned an order without number or placedAt");
        }
        BigDecimal total = row.decimal("total");
        String currency = row.text("currency");
        return new Order(number, row.text("customerId"), status, row.instant("placedAt"), List.of(),
                total == null ? BigDecimal.ZERO : total, currency == null ? settings.currency : currency,
                address(row), row.text("trackingNumber"), row.text("carrier"), row.date("estimatedDelivery"));
    }

    private static OrderLine line(Row row) throws SQLException {
        String sku = row.text("sku");
        Integer quantity = row.integer("quantity");
        BigDecimal price = row.decimal("unitPrice");
        if (sku == null || quantity == null || quantity < 1 || price == null) {
            throw new IllegalStateException(Query.ORDER_LINES.property() + " returned a line without sku, unit price or "
                    + "a quantity of at least 1");
        }
        return new OrderLine(sku, row.text("title"), quantity, price);
    }

    /** The address of a row, or {@code null} when it has none that is complete enough to use. */
    private static Address address(Row row) throws SQLException {
        String line1 = row.text("line1");
        String city = row.text("city");
        String country = row.text("countryCode");
        if (line1 == null || city == null || country == null) {
            return null;
        }
        return new Address(line1, row.text("line2"), row.text("postalCode"), city, row.text("region"),
                country.toUpperCase(java.util.Locale.ROOT));
    }

    private static BigDecimal sum(List<OrderLine> lines) {
        return lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
