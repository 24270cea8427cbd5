package dev.parley.adapter.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.osgi.service.jdbc.DataSourceFactory;
import org.postgresql.osgi.PGDataSourceFactory;

/**
 * A legacy CRM's schema as nobody would design it today — {@code KUNDE}, {@code AUFTRAG},
 * {@code AUFPOS}, {@code NACHRICHT}, one-letter status codes — in a database of its own for one
 * test: an H2 file, a fresh PostgreSQL schema or a fresh MariaDB database, dropped at
 * {@link #close()}. PostgreSQL and MariaDB tests are skipped when the server cannot be reached,
 * except with {@code CI=true}, where they fail.
 */
final class LegacySchema implements AutoCloseable {

    enum Backend { H2, POSTGRESQL, MARIADB }

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=2000";

    final Backend backend;
    final String url;
    final String user;
    private final String schema;

    private LegacySchema(Backend backend, String url, String user, String schema) {
        this.backend = backend;
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    static LegacySchema create(Backend backend, Path folder) throws SQLException {
        String schema = "legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LegacySchema created = switch (backend) {
            case H2 -> new LegacySchema(backend, "jdbc:h2:file:" + folder.resolve(schema).toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE", "", null);
            case POSTGRESQL -> {
                admin(backend, "CREATE SCHEMA " + schema);
                yield new LegacySchema(backend, "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2&currentSchema="
                        + schema, "postgres", schema);
            }
            case MARIADB -> {
                admin(backend, "CREATE DATABASE " + schema);
                yield new LegacySchema(backend, "jdbc:mariadb://127.0.0.1:3306/" + schema + "?connectTimeout=2000", "root",
                        schema);
            }
        };
        created.execute(created.ddl());
        return created;
    }

    /** Runs statements as the owner of the schema. */
    void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A value of a legacy table, as a test checks what the adapter wrote. */
    String queryOne(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** The schema's name on the server (PostgreSQL schema, MariaDB database); {@code null} for H2. */
    String name() {
        return schema;
    }

    DataSourceFactory factory() {
        return switch (backend) {
            case H2 -> new OsgiDataSourceFactory(new org.h2.Driver());
            case POSTGRESQL -> new PGDataSourceFactory();
            case MARIADB -> new MariaDbDataSourceFactory();
        };
    }

    /** A customer id parameter compared with the integer KDNR: PostgreSQL wants the cast said. */
    String integer(String parameter) {
        return backend == Backend.POSTGRESQL ? ":" + parameter + "::integer" : ":" + parameter;
    }

    /** The adapter's configuration for this schema, as an admin would write it. */
    Map<String, Object> configuration() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "erp");
        values.put("url", url);
        values.put("user", user);
        values.put("timeZone", "Europe/Berlin");
        values.put("customerByIdSql", "SELECT KDNR, NAME1, EMAIL_ADR, TEL, STRASSE, PLZ, ORT, LAND, ANGELEGT, 'a:b' AS X "
                + "FROM KUNDE WHERE KDNR = " + integer("customerId"));
        values.put("customerByEmailSql", "SELECT KDNR, NAME1, EMAIL_ADR, TEL, STRASSE, PLZ, ORT, LAND, ANGELEGT FROM KUNDE "
                + "WHERE LOWER(EMAIL_ADR) = :email");
        values.put("customerByPhoneSql", "SELECT KDNR, NAME1, EMAIL_ADR, TEL, STRASSE, PLZ, ORT, LAND, ANGELEGT FROM KUNDE "
                + "WHERE TEL_ZIFFERN = :phoneDigits");
        values.put("customerColumns", "id=KDNR, name=NAME1, email=EMAIL_ADR, phone=TEL, line1=STRASSE, postalCode=PLZ, "
                + "city=ORT, countryCode=LAND, since=ANGELEGT");
        String order = "SELECT AUFNR, KDNR, STATUS, DATUM, VERSAND, SENDUNG, LIEFERTAG FROM AUFTRAG ";
        values.put("orderByNumberSql", order + "WHERE AUFNR = :orderId");
        values.put("ordersOfCustomerSql", order + "WHERE KDNR = " + integer("customerId") + " ORDER BY DATUM DESC");
        values.put("orderColumns", "number=AUFNR, customerId=KDNR, status=STATUS, placedAt=DATUM, carrier=VERSAND, "
                + "trackingNumber=SENDUNG, estimatedDelivery=LIEFERTAG");
        values.put("orderLinesSql", "SELECT ARTNR, BEZ, MENGE, PREIS FROM AUFPOS WHERE AUFNR = :orderId ORDER BY POS");
        values.put("orderLineColumns", "sku=ARTNR, title=BEZ, quantity=MENGE, unitPrice=PREIS");
        values.put("statusMapping", "N=PENDING, B=PAID, S=SHIPPED, X=CANCELLED, 3=DELIVERED");
        values.put("updateEmailSql", "UPDATE KUNDE SET EMAIL_ADR = :email WHERE KDNR = " + integer("customerId"));
        values.put("cancelOrderSql", "UPDATE AUFTRAG SET STATUS = 'X', STORNO_GRUND = :reason "
                + "WHERE AUFNR = :orderId AND STATUS IN ('N', 'B')");
        return values;
    }

    /** The inbox part of the configuration: answered rows get their reply in the row itself. */
    static void inbox(Map<String, Object> values, String replySql) {
        values.put("inboxSql", "SELECT NR, KDNR, TEXT, ERSTELLT FROM NACHRICHT WHERE NR > :after ORDER BY NR");
        values.put("inboxColumns", "id=NR, customer=KDNR, text=TEXT, created=ERSTELLT");
        values.put("inboxReplySql", replySql);
    }

    private String[] ddl() {
        String timestamp = backend == Backend.MARIADB ? "DATETIME" : "TIMESTAMP";
        return new String[] {
            "CREATE TABLE KUNDE (KDNR INTEGER NOT NULL PRIMARY KEY, NAME1 VARCHAR(60), EMAIL_ADR VARCHAR(100), "
                    + "TEL VARCHAR(30), TEL_ZIFFERN VARCHAR(30), STRASSE VARCHAR(60), PLZ CHAR(5), ORT VARCHAR(40), "
                    + "LAND CHAR(2), ANGELEGT " + timestamp + ")",
            "CREATE TABLE AUFTRAG (AUFNR VARCHAR(10) NOT NULL PRIMARY KEY, KDNR INTEGER NOT NULL, STATUS CHAR(1) NOT NULL, "
                    + "DATUM " + timestamp + " NOT NULL, VERSAND VARCHAR(20), SENDUNG VARCHAR(40), LIEFERTAG DATE, "
                    + "STORNO_GRUND VARCHAR(200))",
            "CREATE TABLE AUFPOS (AUFNR VARCHAR(10) NOT NULL, POS INTEGER NOT NULL, ARTNR VARCHAR(20) NOT NULL, "
                    + "BEZ VARCHAR(60), MENGE INTEGER NOT NULL, PREIS DECIMAL(10,2) NOT NULL, PRIMARY KEY (AUFNR, POS))",
            "CREATE TABLE NACHRICHT (NR INTEGER NOT NULL PRIMARY KEY, KDNR INTEGER, TEXT VARCHAR(2000) NOT NULL, "
                    + "ERSTELLT " + timestamp + " NOT NULL, ANTWORT VARCHAR(4000), BEANTWORTET " + timestamp + " NULL)",
            "INSERT INTO KUNDE VALUES (1001, 'Ada Lovelace', 'Ada@Example.com', '+44 20 7946 0101', '442079460101', "
                    + "'12 St James''s Square', 'SW1Y', 'London', 'GB', '2023-03-14 10:02:00')",
            "INSERT INTO KUNDE VALUES (1002, 'Twin One', 'twin@example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
            "INSERT INTO KUNDE VALUES (1003, 'Twin Two', 'TWIN@example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
            "INSERT INTO AUFTRAG VALUES ('A-100234', 1001, 'S', '2026-10-28 09:12:00', 'DHL', '00340434161234567890', "
                    + "'2026-11-02', NULL)",
            "INSERT INTO AUFTRAG VALUES ('A-100235', 1001, 'B', '2026-11-20 15:30:00', NULL, NULL, NULL, NULL)",
            "INSERT INTO AUFTRAG VALUES ('A-100236', 1001, '3', '2026-09-01 08:00:00', 'DHL', NULL, NULL, NULL)",
            "INSERT INTO AUFTRAG VALUES ('A-100237', 1002, 'Q', '2026-09-01 08:00:00', NULL, NULL, NULL, NULL)",
            "INSERT INTO AUFPOS VALUES ('A-100234', 1, 'JKT-2041', 'Blue rain jacket', 1, 89.90)",
            "INSERT INTO AUFPOS VALUES ('A-100234', 2, 'SCK-0001', 'Wool socks', 3, 9.50)",
        };
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            admin(backend, backend == Backend.POSTGRESQL ? "DROP SCHEMA " + schema + " CASCADE" : "DROP DATABASE " + schema);
        }
    }

    /** Runs a statement as the server's administrator; an unreachable server skips the test, or fails it in CI. */
    static void admin(Backend backend, String... statements) throws SQLException {
        String url = backend == Backend.POSTGRESQL ? POSTGRES : MARIADB;
        String user = backend == Backend.POSTGRESQL ? "postgres" : "root";
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            String where = backend == Backend.POSTGRESQL ? "PostgreSQL at 127.0.0.1:5432 (database test, user postgres)"
                    : "MariaDB at 127.0.0.1:3306 (database test, user root)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(where + " must be reachable when CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort(where + " not reachable, skipped: " + e.getMessage());
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
