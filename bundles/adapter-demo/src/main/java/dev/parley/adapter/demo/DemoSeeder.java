package dev.parley.adapter.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.Product;

/**
 * Loads {@code etc/demo-crm.json} into the demo CRM's tables when its content is new: at the first
 * start, and whenever the file's SHA-256 differs from the one applied last. Then the records of
 * the file replace those with the same id; records the file does not name (and all tickets) stay.
 * An unchanged file is not applied again, so changes made through the adapter (a new address, a
 * cancellation) survive restarts. A file that cannot be used changes nothing.
 */
final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** What a seeding did. */
    enum Outcome { APPLIED, UNCHANGED, MISSING, REJECTED }

    private final DemoSql sql;

    DemoSeeder(DemoSql sql) {
        this.sql = sql;
    }

    Outcome seedFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.info("Demo CRM: no seed file {}; keeping the data it has", file);
            return Outcome.MISSING;
        }
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Demo CRM: cannot read {} ({}); keeping the data it has", file, e.getMessage());
            return Outcome.REJECTED;
        }
        String hash = sha256(json);
        if (hash.equals(appliedHash())) {
            LOG.info("Demo CRM: {} unchanged since it was applied; keeping the data as changed since", file);
            return Outcome.UNCHANGED;
        }
        SeedData data;
        try {
            data = SeedFileReader.read(json);
        } catch (SeedFileException e) {
            LOG.error("Demo CRM: {} not applied: {}. The demo CRM keeps its last good data; fix the file "
                    + "and restart Parley to apply it", file, e.getMessage());
            return Outcome.REJECTED;
        }
        sql.inTransaction("seeding", connection -> {
            apply(connection, data);
            recordHash(connection, hash);
            return null;
        });
        LOG.info("Demo CRM: seeded from {}: {} customers, {} orders, {} products", file, data.customers().size(),
                data.orders().size(), data.products().size());
        return Outcome.APPLIED;
    }

    private String appliedHash() {
        return sql.read("reading the seed state", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT sha256 FROM demo_seed WHERE id = 1");
                    ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        });
    }

    private static void apply(Connection connection, SeedData data) throws SQLException {
        for (Customer c : data.customers()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "UPDATE demo_customer SET email_key = NULL WHERE email_key = ? AND id <> ?")) {
                // An address moved to another customer in the file must not trip the unique index.
                delete.setString(1, ContactRules.emailKey(c.email()));
                delete.setString(2, c.id());
                delete.executeUpdate();
            }
            upsert(connection, "UPDATE demo_customer SET name = ?, email = ?, email_key = ?, phone = ?, phone_digits = ?, "
                    + "tier = ?, since = ?, address_line1 = ?, address_line2 = ?, postal_code = ?, city = ?, region = ?, "
                    + "country_code = ? WHERE id = ?",
                    "INSERT INTO demo_customer (name, email, email_key, phone, phone_digits, tier, since, "
                    + DemoRows.ADDRESS_COLUMNS + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    statement -> {
                        statement.setString(1, c.name());
                        statement.setString(2, c.email());
                        statement.setString(3, ContactRules.emailKey(c.email()));
                        statement.setString(4, c.phone());
                        statement.setString(5, ContactRules.phoneDigits(c.phone()));
                        statement.setString(6, c.tier());
                        statement.setObject(7, DemoRows.timestamp(c.since()));
                        DemoRows.bindAddress(statement, 8, c.defaultAddress());
                        statement.setString(14, c.id());
                    });
        }
        for (Product p : data.products()) {
            upsert(connection, "UPDATE demo_product SET title = ?, price = ?, currency = ?, in_stock = ?, restock_date = ? "
                    + "WHERE sku = ?", "INSERT INTO demo_product (title, price, currency, in_stock, restock_date, sku) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
                    statement -> {
                        statement.setString(1, p.title());
                        statement.setBigDecimal(2, p.price());
                        statement.setString(3, p.currency());
                        statement.setInt(4, p.inStock());
                        statement.setObject(5, p.restockDate());
                        statement.setString(6, p.sku());
                    });
        }
        for (Order o : data.orders()) {
            upsertOrder(connection, o);
        }
    }

    private static void upsertOrder(Connection connection, Order o) throws SQLException {
        upsert(connection, "UPDATE demo_order SET customer_id = ?, status = ?, placed_at = ?, total = ?, currency = ?, "
                + "tracking_number = ?, carrier = ?, estimated_delivery = ?, address_line1 = ?, address_line2 = ?, "
                + "postal_code = ?, city = ?, region = ?, country_code = ?, cancel_reason = NULL WHERE number = ?",
                "INSERT INTO demo_order (customer_id, status, placed_at, total, currency, tracking_number, carrier, "
                + "estimated_delivery, " + DemoRows.ADDRESS_COLUMNS + ", number) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, o.customerId());
                    statement.setString(2, o.status().name());
                    statement.setObject(3, DemoRows.timestamp(o.placedAt()));
                    statement.setBigDecimal(4, o.total());
                    statement.setString(5, o.currency());
                    statement.setString(6, o.trackingNumber());
                    statement.setString(7, o.carrier());
                    statement.setObject(8, o.estimatedDelivery());
                    DemoRows.bindAddress(statement, 9, o.shippingAddress());
                    statement.setString(15, o.number());
                });
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM demo_order_line WHERE order_number = ?")) {
            delete.setString(1, o.number());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO demo_order_line (order_number, line_no, "
                + "sku, title, quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?)")) {
            int lineNo = 1;
            for (OrderLine line : o.lines()) {
                insert.setString(1, o.number());
                insert.setInt(2, lineNo++);
                insert.setString(3, line.sku());
                insert.setString(4, line.title());
                insert.setInt(5, line.quantity());
                insert.setBigDecimal(6, line.unitPrice());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Updates the row, or inserts it; both statements take the same parameters in the same order. */
    private static void upsert(Connection connection, String update, String insert, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            binder.bind(statement);
            if (statement.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            binder.bind(statement);
            statement.executeUpdate();
        }
    }

    private static void recordHash(Connection connection, String hash) throws SQLException {
        upsert(connection, "UPDATE demo_seed SET sha256 = ?, applied_at = ? WHERE id = 1",
                "INSERT INTO demo_seed (sha256, applied_at, id) VALUES (?, ?, 1)", statement -> {
                    statement.setString(1, hash);
                    statement.setObject(2, DemoRows.timestamp(Instant.now()));
                });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
