package dev.parley.adapter.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.parley.api.host.Address;
import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;

/** Rows of the demo CRM's tables as the API's records, and back. */
final class DemoRows {

    static final String ADDRESS_COLUMNS = "address_line1, address_line2, postal_code, city, region, country_code";

    static final String SELECT_CUSTOMER = "SELECT id, name, email, phone, tier, since, " + ADDRESS_COLUMNS
            + " FROM demo_customer ";

    static final String SELECT_ORDER = "SELECT number, customer_id, status, placed_at, total, currency, "
            + "tracking_number, carrier, estimated_delivery, " + ADDRESS_COLUMNS + " FROM demo_order ";

    private DemoRows() {
    }

    static Customer customer(ResultSet row) throws SQLException {
        OffsetDateTime since = row.getObject("since", OffsetDateTime.class);
        return new Customer(row.getString("id"), row.getString("name"), row.getString("email"), row.getString("phone"),
                row.getString("tier"), address(row), since == null ? null : since.toInstant());
    }

    static Optional<Customer> oneCustomer(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Customer customer = customer(row);
            // Several matches: never guess whose data to show.
            return row.next() ? Optional.empty() : Optional.of(customer);
        }
    }

    /** Orders of a {@link #SELECT_ORDER} query, each with its lines. */
    static List<Order> orders(Connection connection, PreparedStatement query) throws SQLException {
        List<Order> orders = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                LocalDate delivery = row.getObject("estimated_delivery", LocalDate.class);
                String number = row.getString("number");
                orders.add(new Order(number, row.getString("customer_id"), OrderStatus.valueOf(row.getString("status")),
                        row.getObject("placed_at", OffsetDateTime.class).toInstant(), lines(connection, number),
                        row.getBigDecimal("total"), row.getString("currency"), address(row),
                        row.getString("tracking_number"), row.getString("carrier"), delivery));
            }
        }
        return orders;
    }

    static Optional<Order> order(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_ORDER + "WHERE number = ?")) {
            query.setString(1, number);
            return orders(connection, query).stream().findFirst();
        }
    }

    private static List<OrderLine> lines(Connection connection, String orderNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sku, title, quantity, unit_price "
                + "FROM demo_order_line WHERE order_number = ? ORDER BY line_no")) {
            query.setString(1, orderNumber);
            List<OrderLine> lines = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.add(new OrderLine(row.getString("sku"), row.getString("title"), row.getInt("quantity"),
                            row.getBigDecimal("unit_price")));
                }
            }
            return lines;
        }
    }

    static Address address(ResultSet row) throws SQLException {
        String line1 = row.getString("address_line1");
        if (line1 == null) {
            return null;
        }
        return new Address(line1, row.getString("address_line2"), row.getString("postal_code"), row.getString("city"),
                row.getString("region"), row.getString("country_code"));
    }

    /** Binds an address to six consecutive parameters from {@code first}, in {@link #ADDRESS_COLUMNS} order. */
    static void bindAddress(PreparedStatement statement, int first, Address address) throws SQLException {
        statement.setString(first, address == null ? null : address.line1());
        statement.setString(first + 1, address == null ? null : address.line2());
        statement.setString(first + 2, address == null ? null : address.postalCode());
        statement.setString(first + 3, address == null ? null : address.city());
        statement.setString(first + 4, address == null ? null : address.region());
        statement.setString(first + 5, address == null ? null : address.countryCode());
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
