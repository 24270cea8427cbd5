package dev.parley.it.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A schema of its own on the local PostgreSQL (127.0.0.1:5432, database {@code test}, user
 * {@code postgres}), created before the test class and dropped after it. When PostgreSQL cannot be
 * reached the test class is skipped, except with {@code CI=true}, where that is a failure. Register
 * it before the {@link ParleyContainer} that uses {@link #storeConfiguration()}.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2";
    private static final String USER = "postgres";

    private final String schema = "parley_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    /** The content of {@code etc/dev.parley.store.cfg} that points Parley at this schema. */
    public String storeConfiguration() {
        return "url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema + "\nuser=" + USER + "\npassword=\n";
    }

    /** The schema's name, for tests that create tables of their own in it. */
    public String name() {
        return schema;
    }

    /** A JDBC URL of the schema (user {@code postgres}, no password). */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            created = true;
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("PostgreSQL must be reachable at 127.0.0.1:5432 (database test, user postgres) "
                        + "when CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at 127.0.0.1:5432, skipped: " + e.getMessage());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!created) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
