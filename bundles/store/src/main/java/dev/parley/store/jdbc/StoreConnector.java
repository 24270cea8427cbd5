package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.ConversationStore;
import dev.parley.store.schema.Dialect;
import dev.parley.store.schema.SchemaException;
import dev.parley.store.schema.StoreDatabase;

/**
 * Reaches the database in the background: finds the driver's {@link DataSourceFactory}, opens the
 * pool, migrates Parley's schema, then registers {@link ConversationStore} and
 * {@link StoreDatabase}. Until then it retries and keeps the reason it waits for health.
 */
final class StoreConnector {

    /** The module name and script folder of Parley's own tables. */
    static final String MODULE = "parley";
    static final String SCRIPTS = "db/parley";

    private static final Logger LOG = LoggerFactory.getLogger(StoreConnector.class);

    private final BundleContext context;
    private final ConnectionPool.Settings settings;
    private final int retrySeconds;
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "parley-store-connect"));

    private volatile String waitingReason = "connecting";
    private volatile ConnectionPool pool;
    private volatile int schemaVersion;
    private ServiceReference<DataSourceFactory> factoryReference;
    private ServiceRegistration<?> storeRegistration;
    private ServiceRegistration<?> databaseRegistration;

    StoreConnector(BundleContext context, ConnectionPool.Settings settings, int retrySeconds) {
        this.context = context;
        this.settings = settings;
        this.retrySeconds = retrySeconds;
    }

    void start() {
        executor.execute(this::connect);
    }

    /** Why the store is not available, or {@code null} once it is. */
    String waitingReason() {
        return waitingReason;
    }

    ConnectionPool pool() {
        return pool;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
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
                schemaVersion = pool.migrate(MODULE, getClass().getClassLoader(), SCRIPTS);
                storeRegistration = context.registerService(ConversationStore.class,
                        new JdbcConversationStore(pool.dataSource()), null);
                databaseRegistration = context.registerService(StoreDatabase.class, pool, null);
                waitingReason = null;
                LOG.info("Conversation store ready on {}, schema version {}", ConnectionPool.redacted(settings.url()),
                        schemaVersion);
            }
        } catch (IllegalArgumentException e) {
            waitingReason = e.getMessage() + " (etc/" + StoreComponent.PID + ".cfg, property url)";
            LOG.error("Conversation store cannot start: {}", waitingReason);
        } catch (SchemaException e) {
            retry(e.getMessage());
        } catch (SQLException e) {
            retry(SqlFailures.reason(e));
        }
    }

    private void retry(String reason) {
        if (executor.isShutdown()) {
            return; // closed (e.g. reconfigured) while connecting: the next connector connects
        }
        if (!reason.equals(waitingReason)) {
            LOG.warn("Conversation store not available: {}; retrying every {} s", reason, retrySeconds);
        }
        waitingReason = reason;
        try {
            executor.schedule(this::connect, retrySeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            // the next connector connects
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
