package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.parley.api.host.HostUnavailableException;

/**
 * The legacy database: a HikariCP pool over the driver bundle's {@link DataSourceFactory} (as the
 * store opens its own), and every configured statement run as a prepared statement with the
 * configured query timeout. A database failure is reported as {@link HostUnavailableException}
 * naming the adapter and the SQL state, never the values bound.
 */
final class LegacyDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDatabase.class);

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What to do with the rows of a query. */
    @FunctionalInterface
    interface Rows<T> {
        T read(java.sql.ResultSet rows) throws SQLException;
    }

    private final Settings settings;
    private final HikariDataSource pool;

    /**
     * Creates the pool; it connects lazily, so a database that is down now does not fail it.
     *
     * @throws SQLException if the driver rejects the URL or properties
     */
    LegacyDatabase(DataSourceFactory factory, Settings settings) throws SQLException {
        this.settings = settings;
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, settings.url);
        if (!settings.user.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, settings.user);
        }
        if (!settings.password.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password);
        }
        DataSource driver = factory.createDataSource(properties);
        driver.setLoginTimeout((int) Math.max(1, settings.connectionTimeoutMillis / 1000));

        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-jdbc-" + settings.name);
        config.setDataSource(driver);
        config.setMaximumPoolSize(settings.maxPoolSize);
        config.setMinimumIdle(Math.min(1, settings.maxPoolSize));
        config.setConnectionTimeout(settings.connectionTimeoutMillis);
        config.setValidationTimeout(Math.max(250, Math.min(1000, settings.connectionTimeoutMillis - 1)));
        config.setInitializationFailTimeout(-1);
        config.setRegisterMbeans(false);
        pool = new HikariDataSource(config);
    }

    Settings settings() {
        return settings;
    }

    /** A connection of the pool, for the health check. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs work on one connection in auto-commit mode. */
    <T> T read(String operation, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw unavailable(operation, e);
        } catch (IllegalStateException e) {
            throw mismatch(operation, e);
        }
    }

    /** Runs work in one transaction: all of it or nothing. */
    <T> T inTransaction(String operation, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(operation, e);
        } catch (IllegalStateException e) {
            throw mismatch(operation, e);
        }
    }

    /** Runs a configured query with at most {@code maxRows} rows (0: all). */
    <T> T query(Connection connection, Query query, Map<String, ?> values, int maxRows, Rows<T> rows) throws SQLException {
        NamedSql sql = settings.statement(query);
        try (PreparedStatement statement = connection.prepareStatement(sql.jdbc())) {
            statement.setQueryTimeout(settings.queryTimeoutSeconds);
            statement.setMaxRows(maxRows);
            sql.bind(statement, values);
            try (java.sql.ResultSet result = statement.executeQuery()) {
                return rows.read(result);
            }
        }
    }

    /** Runs a configured change; returns the number of rows it changed. */
    int update(Connection connection, Query query, Map<String, ?> values) throws SQLException {
        NamedSql sql = settings.statement(query);
        try (PreparedStatement statement = connection.prepareStatement(sql.jdbc())) {
            statement.setQueryTimeout(settings.queryTimeoutSeconds);
            sql.bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** Connections in use and open, for health. */
    String usage() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? "pool not started"
                : "pool " + bean.getActiveConnections() + " active / " + bean.getTotalConnections() + " open of "
                        + settings.maxPoolSize;
    }

    HostUnavailableException unavailable(String operation, SQLException e) {
        String reason = withoutValues(e);
        LOG.warn("Legacy CRM {}: {} failed: {}", settings.name, operation, reason);
        LOG.debug("Legacy CRM {}: {} failed", settings.name, operation, e);
        // without the driver's exception as cause: its message may quote a bound value
        return new HostUnavailableException("legacy CRM database '" + settings.name + "' failed " + operation + ": "
                + reason + "; check the database and the adapter's statements");
    }

    /** The statements and mappings do not fit the legacy schema: the admin's to fix, so said plainly. */
    private HostUnavailableException mismatch(String operation, IllegalStateException e) {
        LOG.error("Legacy CRM {}: {} failed: {}", settings.name, operation, e.getMessage());
        return new HostUnavailableException("legacy CRM database '" + settings.name + "': " + e.getMessage(), e);
    }

    /** A failure in words: the SQL state and the driver's message, which names no bound value. */
    static String reason(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return "SQL state " + state + ", a constraint refused the values"; // the driver's message quotes them
        }
        String message = firstLine(e.getMessage());
        return (state == null ? "" : "SQL state " + state + ", ")
                + (message.length() > 300 ? message.substring(0, 300) + "..." : message);
    }

    /**
     * A failure while values were bound, in words that cannot carry them: drivers quote the value
     * they could not convert ({@code invalid input syntax for type integer: "ada@example.com"}),
     * so quoted text is left out. The health check, which binds nothing, reports the full reason.
     */
    static String withoutValues(SQLException e) {
        return reason(e).replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
    }

    /** Whether the database refused a change by a constraint, a read-only transaction or a missing permission. */
    static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("25") || isDenied(e));
    }

    /** Whether the account may not run the statement: PostgreSQL's 42501, MariaDB's command denied (1142, 1143). */
    static boolean isDenied(SQLException e) {
        return "42501".equals(e.getSQLState())
                || ("42000".equals(e.getSQLState()) && (e.getErrorCode() == 1142 || e.getErrorCode() == 1143));
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The URL without parameters, which may carry credentials. */
    static String redacted(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
