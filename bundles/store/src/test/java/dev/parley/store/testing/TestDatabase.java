package dev.parley.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.osgi.service.jdbc.DataSourceFactory;
import org.postgresql.osgi.PGDataSourceFactory;

import dev.parley.store.jdbc.ConnectionPool;

/**
 * A database of its own for one test: an H2 file in a temporary folder, or a fresh schema in the
 * local PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}), dropped at
 * {@link #close()}, so parallel builds never meet. PostgreSQL tests are skipped when it cannot be
 * reached, except with {@code CI=true}, where they fail.
 */
public final class TestDatabase implements AutoCloseable {

    /** The databases the store runs on. */
    public enum Backend { H2, POSTGRESQL }

    private static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2";
    private static final String POSTGRES_USER = "postgres";

    private final Backend backend;
    private final String url;
    private final String schema;

    private TestDatabase(Backend backend, String url, String schema) {
        this.backend = backend;
        this.url = url;
        this.schema = schema;
    }

    /** A new, empty database of the backend; H2 files go into {@code folder}. */
    public static TestDatabase create(Backend backend, Path folder) {
        if (backend == Backend.H2) {
            return new TestDatabase(backend, "jdbc:h2:file:" + folder.resolve("db-" + UUID.randomUUID()).toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE", null);
        }
        String schema = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = postgres(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("PostgreSQL must be reachable at 127.0.0.1:5432 (database test, user postgres) "
                        + "when CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at 127.0.0.1:5432, skipped: " + e.getMessage());
        }
        return new TestDatabase(backend, "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2&currentSchema="
                + schema, schema);
    }

    public Backend backend() {
        return backend;
    }

    public String url() {
        return url;
    }

    /**
     * A new pool on this database, as the store opens one at start. Its connection timeout is
     * generous: a loaded build machine can take seconds to open a database file, and these tests
     * are about what the store does, not how fast.
     */
    public ConnectionPool open() {
        return open(url, 30_000);
    }

    /** A pool on any URL of this backend, e.g. one that cannot be reached. */
    public ConnectionPool open(String anyUrl, long connectionTimeoutMillis) {
        try {
            return new ConnectionPool(factory(), new ConnectionPool.Settings(anyUrl,
                    backend == Backend.H2 ? "" : POSTGRES_USER, "", 8, connectionTimeoutMillis),
                    "test-" + backend.name().toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public DataSourceFactory factory() {
        return backend == Backend.H2 ? new OsgiDataSourceFactory(new org.h2.Driver()) : new PGDataSourceFactory();
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection admin = postgres(); Statement statement = admin.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static Connection postgres() throws SQLException {
        return DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
    }
}
