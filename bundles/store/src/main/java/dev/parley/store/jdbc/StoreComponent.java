package dev.parley.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.apache.felix.hc.api.FormattingResultLog;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.ConversationStore;
import dev.parley.store.schema.StoreDatabase;

/**
 * Connects the store to its database and publishes {@link ConversationStore} and
 * {@link StoreDatabase} once the database is reachable and Parley's schema is current; until
 * then it retries in the background, and {@link StoreHealthCheck} reports why it waits.
 */
// The services registered once the database is ready, advertised like those DS registers.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=dev.parley.api.store.ConversationStore",
        uses = ConversationStore.class)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=dev.parley.store.schema.StoreDatabase",
        uses = StoreDatabase.class)
// Configuration required: a container meant for PostgreSQL must never start on the default H2
// for the moment before etc/ is read. StoreHealthCheck reports a missing configuration.
@Component(configurationPid = StoreComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = StoreComponent.class, immediate = true)
@Designate(ocd = StoreComponent.Config.class)
public final class StoreComponent {

    public static final String PID = "dev.parley.store";

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

    private final StoreConnector connector;
    private final String url;

    @Activate
    public StoreComponent(BundleContext context, Config config) {
        url = config.url().isBlank() ? embeddedUrl(context) : config.url().trim();
        LOG.info("Conversation store starting on {}", ConnectionPool.redacted(url));
        connector = new StoreConnector(context, new ConnectionPool.Settings(url, config.user().trim(),
                config.password(), config.maxPoolSize(), config.connectionTimeoutMillis()), config.retrySeconds());
        connector.start();
    }

    @Deactivate
    void deactivate() {
        connector.close();
    }

    /** Adds the store's state to a health check's log. */
    void report(FormattingResultLog log) {
        String reason = connector.waitingReason();
        if (reason != null) {
            log.critical("Conversation store not available: {}", reason);
            return;
        }
        try {
            log.info("{}, schema version {}, {}", describeDatabase(), connector.schemaVersion(), connector.pool().usage());
        } catch (SQLException e) {
            log.critical("Conversation store not available: {}", SqlFailures.reason(e));
        }
    }

    private String describeDatabase() throws SQLException {
        try (Connection connection = connector.pool().dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                    + ConnectionPool.redacted(url);
        }
    }

    private static String embeddedUrl(BundleContext context) {
        String home = context.getProperty("parley.home");
        Path folder = home == null ? context.getBundle().getDataFile("db").toPath() : Path.of(home, "data", "db");
        // The container closes the database when it stops; H2's own shutdown hook would close it too early.
        // H2 keeps 8 parsed statements per connection by default, fewer than one turn uses, so each
        // turn parsed its SQL again.
        return "jdbc:h2:file:" + folder.resolve("parley").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
    }
}
