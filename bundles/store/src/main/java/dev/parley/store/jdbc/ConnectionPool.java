package dev.parley.store.jdbc;

import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.service.jdbc.DataSourceFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.parley.store.schema.Dialect;
import dev.parley.store.schema.SchemaMigrator;
import dev.parley.store.schema.StoreDatabase;

/**
 * A HikariCP pool over the driver bundle's {@link DataSourceFactory}: the driver's classes stay in
 * the driver bundle, and a connection that cannot be had within the timeout fails instead of
 * waiting, so a caller can answer 503 rather than hang.
 */
public final class ConnectionPool implements StoreDatabase, AutoCloseable {

    /** Where the pool's settings come from: the store's configuration or a test. */
    public record Settings(String url, String user, String password, int maxSize, long connectionTimeoutMillis) {

        @Override
        public String toString() {
            return "Settings[" + redacted(url) + ", user " + user + ", pool " + maxSize + "]";
        }
    }

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final SchemaMigrator migrator;

    /**
     * Creates the pool; it connects lazily, so a database that is down now does not fail it.
     *
     * @throws SQLException if the driver rejects the settings
     */
    public ConnectionPool(DataSourceFactory factory, Settings settings, String name) throws SQLException {
        dialect = Dialect.of(settings.url());
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, settings.url());
        if (!settings.user().isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, settings.user());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password());
        }
        DataSource driver = factory.createDataSource(properties);
        // The driver's own connect timeout, so a silent host does not hold a pool thread for minutes.
        driver.setLoginTimeout((int) Math.max(1, settings.connectionTimeoutMillis() / 1000));

        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(driver);
        config.setMaximumPoolSize(settings.maxSize());
        config.setMinimumIdle(Math.min(2, settings.maxSize()));
        config.setConnectionTimeout(Math.max(250, settings.connectionTimeoutMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(1000, settings.connectionTimeoutMillis() - 1)));
        config.setInitializationFailTimeout(-1);
        config.setRegisterMbeans(false);
        pool = new HikariDataSource(config);
        migrator = new SchemaMigrator(pool, dialect);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public int migrate(String module, ClassLoader scripts, String location) {
        return migrator.migrate(module, scripts, location);
    }

    /** Connections in use and in the pool, for health. */
    public String usage() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? "pool not started"
                : "pool " + bean.getActiveConnections() + " active / " + bean.getTotalConnections() + " open";
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The URL without parameters, which may carry credentials. */
    public static String redacted(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }
}
