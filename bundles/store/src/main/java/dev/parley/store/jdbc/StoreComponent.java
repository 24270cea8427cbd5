package dev.parley.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.ConversationStore;
import dev.parley.store.schema.Dialect;
import dev.parley.store.schema.SchemaException;
import dev.parley.store.schema.SchemaMigrator;
import dev.parley.store.schema.StoreDatabase;

/**
 * Connects the store to its database and publishes {@link ConversationStore} and
 * {@link StoreDatabase} once the database is reachable and Parley's schema is current; until
 * then it retries in the background and its health check says why it waits. Its health check
 * reports the database and schema version, or CRITICAL while the database is unreachable.
 */
@Component(configurationPid = StoreComponent.PID, service = HealthCheck.class, immediate = true, property = {
        HealthCheck.NAME + "=Conversation store",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=store" })
@Designate(ocd = StoreComponent.Config.class)
public final class StoreComponent implements HealthCheck {

    public static final String PID = "dev.parley.store";
    /** The module name and script folder of Parley's own tables. */
    static final String MODULE = "parley";
    static final String SCRIPTS = "db/parley";

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    @ObjectClassDefinition(name = "Parley conversation store",
            description = "The database of conversations, messages and decisions. Empty URL: an embedded H2 file "
                    + "database under data/db/, no setup needed. PostgreSQL: a jdbc:postgresql: URL.")
    public @interface Config {
        @AttributeDefinition(description = "JDBC URL, e.g. jdbc:postgresql://db.example.com:5432/parley; its "
                + "scheme selects the driver. Empty: jdbc:h2:file:<parley home>/data/db/parley.")
        String url() default "";

        @AttributeDefinition(description = "Database user; empty for the embedded H2 database.")
        String user() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password; never logged.")
        String password() default "";

        @AttributeDefinition(description = "Most connections the pool opens to the database.", min = "1")
        int maxPoolSize() default 10;

        @AttributeDefinition(description = "How long a call waits for a connection before the store reports "
                + "the database unavailable, in milliseconds.", min = "250")
        long connectionTimeoutMillis() default 2000;

        @AttributeDefinition(description = "Seconds between attempts to reach the database while it is "
                + "unreachable at start.", min = "1")
        int retrySeconds() default 5;
    }

    private final BundleContext context;
    private final ConnectionPool.Settings settings;
    private final int retrySeconds;
    private final ScheduledExecutorService connector =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "parley-store-connect"));

    private volatile String waitingReason = "connecting";
    private volatile ConnectionPool pool;
    private ServiceReference<DataSourceFactory> factoryReference;
    private ServiceRegistration<?> storeRegistration;
    private ServiceRegistration<?> databaseRegistration;

    @Activate
    public StoreComponent(BundleContext context, Config config) {
        this.context = context;
        this.retrySeconds = config.retrySeconds();
        String url = config.url().isBlank() ? embeddedUrl(context) : config.url().trim();
        this.settings = new ConnectionPool.Settings(url, config.user().trim(), config.password(),
                config.maxPoolSize(), config.connectionTimeoutMillis());
        LOG.info("Conversation store starting on {}", ConnectionPool.redacted(url));
        connector.execute(this::connect);
    }

    @Deactivate
    void deactivate() {
        connector.shutdownNow();
        try {
            connector.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            unregister(storeRegistration);
            unregister(databaseRegistration);
            if (pool != null) {
                pool.close();
            }
            if (factoryReference != null) {
                context.ungetService(factoryReference);
            }
        }
    }

    /** One attempt to reach the database and migrate; schedules the next one when it fails. */
    private void connect() {
        try {
            synchronized (this) {
                Dialect dialect = Dialect.of(settings.url());
                if (pool == null) {
                    DataSourceFactory factory = driver(dialect);
                    if (factory == null) {
                        retry("no JDBC driver for " + dialect.driverClass() + " is active: install its bundle "
                                + "(H2 and PostgreSQL come with Parley in system/10-platform)");
                        return;
                    }
                    pool = new ConnectionPool(factory, settings, "parley-store");
                }
                try (Connection probe = pool.dataSource().getConnection()) {
                    // reached: a failure from here on is the schema's, not the network's
                }
                int version = pool.migrate(MODULE, getClass().getClassLoader(), SCRIPTS);
                storeRegistration = context.registerService(ConversationStore.class,
                        new JdbcConversationStore(pool.dataSource()), null);
                databaseRegistration = context.registerService(StoreDatabase.class, pool, null);
                waitingReason = null;
                LOG.info("Conversation store ready: {}, schema version {}", describeDatabase(), version);
            }
        } catch (IllegalArgumentException e) {
            waitingReason = e.getMessage() + " (etc/" + PID + ".cfg, property url)";
            LOG.error("Conversation store cannot start: {}", waitingReason);
        } catch (SchemaException e) {
            retry(e.getMessage());
        } catch (SQLException e) {
            retry(SqlFailures.reason(e));
        }
    }

    private void retry(String reason) {
        if (connector.isShutdown()) {
            return; // deactivated (e.g. reconfigured) while connecting: the next instance connects
        }
        if (!reason.equals(waitingReason)) {
            LOG.warn("Conversation store not available: {}; retrying every {} s", reason, retrySeconds);
        }
        waitingReason = reason;
        try {
            connector.schedule(this::connect, retrySeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException deactivatedMeanwhile) {
            // the next instance connects
        }
    }

    private DataSourceFactory driver(Dialect dialect) {
        try {
            Collection<ServiceReference<DataSourceFactory>> references = context.getServiceReferences(
                    DataSourceFactory.class, "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + dialect.driverClass() + ")");
            if (references.isEmpty()) {
                return null;
            }
            factoryReference = references.iterator().next();
            return context.getService(factoryReference);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("driver class names make valid filters", e);
        }
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        String reason = waitingReason;
        if (reason != null) {
            log.critical("Conversation store not available: {}", reason);
            return new Result(log);
        }
        try {
            log.info("{}, schema version {}, {}", describeDatabase(), schemaVersion(), pool.usage());
        } catch (SQLException e) {
            log.critical("Conversation store not available: {}", SqlFailures.reason(e));
        }
        return new Result(log);
    }

    private String describeDatabase() throws SQLException {
        try (Connection connection = pool.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                    + ConnectionPool.redacted(settings.url());
        }
    }

    private int schemaVersion() throws SQLException {
        try (Connection connection = pool.dataSource().getConnection()) {
            return SchemaMigrator.currentVersion(connection, MODULE);
        }
    }

    private static String embeddedUrl(BundleContext context) {
        String home = context.getProperty("parley.home");
        Path folder = home == null ? context.getBundle().getDataFile("db").toPath() : Path.of(home, "data", "db");
        // The container closes the database when it stops; H2's own shutdown hook would close it too early.
        return "jdbc:h2:file:" + folder.resolve("parley").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it
            }
        }
    }
}
