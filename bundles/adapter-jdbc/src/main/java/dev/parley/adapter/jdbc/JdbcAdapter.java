package dev.parley.adapter.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.HealthCheck;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.OrderService;
import dev.parley.store.schema.StoreDatabase;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.OutboxDelivery;

/**
 * One legacy CRM database, per factory configuration: checks the configuration, opens a pool on
 * the database through its driver's {@code DataSourceFactory}, registers {@link CustomerDirectory}
 * and {@link OrderService} over it (ranked above the demo shop), a health check, and, when
 * configured, polls its inbox table and writes the replies back through the {@link Outbox}
 * (bundle {@code dev.parley.webhook}, required). Without a configuration nothing runs.
 */
@Component(configurationPid = JdbcAdapter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = JdbcAdapter.Config.class, factory = true)
public final class JdbcAdapter {

    public static final String PID = "dev.parley.adapter.jdbc";

    @ObjectClassDefinition(name = "Parley legacy CRM database",
            description = "Customers and orders of a legacy CRM database read through configured SQL with named "
                    + "parameters (:customerId, :email, :orderId ...) and a column mapping; optionally an inbox table "
                    + "answered by the assistant. One configuration per database.")
    public @interface Config {
        @AttributeDefinition(description = "A short name for logs, health and message ids, e.g. 'erp'.")
        String name() default "legacy-crm";

        @AttributeDefinition(description = "JDBC URL, e.g. jdbc:postgresql://crm-host:5432/crm, jdbc:mariadb://crm-host:3306/crm, "
                + "jdbc:h2:file:/srv/crm/db. Logged without its parameters.")
        String url() default "";

        @AttributeDefinition(description = "Database user; lookups need SELECT only.")
        String user() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password; never logged.")
        String password() default "";

        @AttributeDefinition(description = "Driver class whose DataSourceFactory service to use; empty: from the URL's scheme.")
        String driverClass() default "";

        @AttributeDefinition(description = "Most connections the pool opens to the legacy database (1-100).")
        int maxPoolSize() default 4;

        @AttributeDefinition(description = "How long a lookup waits for a connection, in ms (250-60000).")
        long connectionTimeoutMillis() default 2000;

        @AttributeDefinition(description = "How long a statement may run, in seconds (1-300).")
        int queryTimeoutSeconds() default 5;

        @AttributeDefinition(description = "service.ranking of the adapter's services; the demo shop has 0.")
        int serviceRanking() default 10;

        @AttributeDefinition(description = "Time zone of timestamps stored without one, e.g. Europe/Berlin.")
        String timeZone() default "UTC";

        @AttributeDefinition(description = "ISO 4217 currency of orders whose rows name none.")
        String currency() default "EUR";

        @AttributeDefinition(description = "SELECT of one customer by :customerId (required).")
        String customerByIdSql() default "";

        @AttributeDefinition(description = "SELECT of customers by :email (lower-case; compare with LOWER(column)); empty: none found.")
        String customerByEmailSql() default "";

        @AttributeDefinition(description = "SELECT of customers by :phone (E.164) or :phoneDigits; empty: none found.")
        String customerByPhoneSql() default "";

        @AttributeDefinition(description = "SELECT of a customer's orders by :customerId (optional :limit), newest first.")
        String ordersOfCustomerSql() default "";

        @AttributeDefinition(description = "SELECT of one order by :orderId, its number (required).")
        String orderByNumberSql() default "";

        @AttributeDefinition(description = "SELECT of an order's lines by :orderId; empty: orders without lines.")
        String orderLinesSql() default "";

        @AttributeDefinition(description = "UPDATE of a customer's e-mail (:customerId, :email); empty: refused.")
        String updateEmailSql() default "";

        @AttributeDefinition(description = "UPDATE of a customer's phone (:customerId, :phone or :phoneDigits); empty: refused.")
        String updatePhoneSql() default "";

        @AttributeDefinition(description = "UPDATE of a customer's address (:customerId, :line1, :line2, :postalCode, :city, "
                + ":region, :countryCode); empty: refused.")
        String updateAddressSql() default "";

        @AttributeDefinition(description = "UPDATE that cancels an order (:orderId, optional :reason) only while the legacy "
                + "rules allow it; empty: refused.")
        String cancelOrderSql() default "";

        @AttributeDefinition(description = "UPDATE of an order's shipping address (:orderId and address parameters); empty: refused.")
        String changeShippingAddressSql() default "";

        @AttributeDefinition(description = "Customer fields from columns: id=KDNR, name=NAME1, ...; empty: columns named as the fields.")
        String customerColumns() default "";

        @AttributeDefinition(description = "Order fields from columns: number=AUFNR, status=STATUS, placedAt=DATUM, ...")
        String orderColumns() default "";

        @AttributeDefinition(description = "Order line fields from columns: sku=ARTNR, title=BEZ, quantity=MENGE, unitPrice=PREIS")
        String orderLineColumns() default "";

        @AttributeDefinition(description = "Legacy status codes as Parley states: S=SHIPPED, X=CANCELLED, 3=DELIVERED ...; "
                + "empty: the legacy values are the state names.")
        String statusMapping() default "";

        @AttributeDefinition(description = "SELECT of new inbox messages after :after (optional :limit); empty: no inbox.")
        String inboxSql() default "";

        @AttributeDefinition(description = "Inbox fields from columns: id=MSG_ID, customer=KDNR, text=TEXT, created=ERSTELLT, conversation=...")
        String inboxColumns() default "";

        @AttributeDefinition(description = "Type of :after: number (the id), timestamp (the created column) or text (the id).")
        String inboxAfterType() default "number";

        @AttributeDefinition(description = "UPDATE or INSERT writing a reply (:messageId, :reply, optional :customerId, "
                + ":conversationId, :repliedAt); must be idempotent.")
        String inboxReplySql() default "";

        @AttributeDefinition(description = "Seconds between two polls of the inbox (1-3600).")
        int inboxPollSeconds() default 10;

        @AttributeDefinition(description = "Most inbox messages read per poll (1-1000).")
        int inboxBatchSize() default 50;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAdapter.class);
    private static final int DRIVER_RETRY_SECONDS = 5;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StoreDatabase store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Assistant assistant;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Outbox outbox;

    private final BundleContext context;
    private final AdapterStatus status;
    private final ServiceRegistration<HealthCheck> health;
    private final ScheduledExecutorService executor;
    private final Settings settings;
    private volatile LegacyDatabase database;
    private volatile Drivers.Found driver;
    private ServiceRegistration<?> customers;
    private ServiceRegistration<?> orders;
    private ServiceRegistration<?> replies;

    @Activate
    public JdbcAdapter(BundleContext context, Config config) {
        this.context = context;
        String name = config.name() == null || config.name().isBlank() ? "legacy-crm" : config.name().trim();
        this.status = new AdapterStatus(name);
        Settings parsed = null;
        try {
            parsed = Settings.of(config);
        } catch (IllegalArgumentException e) {
            status.rejected(e.getMessage());
            LOG.error("Legacy CRM {}: configuration {} rejected, adapter not started: {}", name, PID, e.getMessage());
        }
        // registered once the configuration is judged, so health never shows a rejected one as starting
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HealthCheck.NAME, "Legacy CRM " + name);
        properties.put(HealthCheck.TAGS, new String[] {"parley", "jdbc"});
        this.health = context.registerService(HealthCheck.class, new LegacyHealthCheck(status), properties);
        this.settings = parsed;
        if (parsed == null) {
            this.executor = null;
            return;
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "parley-jdbc-" + name));
        executor.execute(this::connect);
    }

    /** Finds the driver and opens the pool; retried while no driver is there. */
    private void connect() {
        Drivers.Found found;
        try {
            found = Drivers.find(context, settings.driverClass);
        } catch (IllegalArgumentException | IllegalStateException e) {
            status.waiting(e.getMessage());
            return;
        }
        if (found == null) {
            status.waiting("no JDBC driver for " + settings.driverClass + " is active: install its bundle in deploy/ "
                    + "(H2, PostgreSQL and MariaDB come with Parley)");
            if (!executor.isShutdown()) {
                executor.schedule(this::connect, DRIVER_RETRY_SECONDS, TimeUnit.SECONDS);
            }
            return;
        }
        try {
            driver = found;
            database = new LegacyDatabase(found.factory(), settings);
        } catch (SQLException | RuntimeException e) {
            status.rejected("url: the driver refuses it: " + (e instanceof SQLException sql ? LegacyDatabase.reason(sql)
                    : e.getMessage()));
            LOG.error("Legacy CRM {}: {}", settings.name, status.problem());
            return;
        }
        status.connected(database);
        synchronized (this) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(Constants.SERVICE_RANKING, settings.serviceRanking);
            properties.put("parley.adapter", "jdbc");
            properties.put("parley.adapter.name", settings.name);
            customers = context.registerService(CustomerDirectory.class, new LegacyCustomerDirectory(database), properties);
            orders = context.registerService(OrderService.class, new LegacyOrderService(database), properties);
        }
        LOG.info("Legacy CRM {} on {}: customers and orders served (service.ranking {}){}", settings.name,
                LegacyDatabase.redacted(settings.url), settings.serviceRanking,
                settings.inboxEnabled() ? ", inbox polled every " + settings.inboxPollSeconds + " s" : "");
        if (settings.inboxEnabled()) {
            synchronized (this) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put(OutboxDelivery.CHANNEL, InboxReplyDelivery.channel(settings.name));
                replies = context.registerService(OutboxDelivery.class, new InboxReplyDelivery(database, Clock.systemUTC()),
                        properties);
            }
            InboxRunner inbox = new InboxRunner(database, () -> store, () -> assistant, () -> outbox, status,
                    Clock.systemUTC());
            executor.scheduleWithFixedDelay(inbox::poll, 0, settings.inboxPollSeconds, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            unregister(customers);
            unregister(orders);
            unregister(replies);
        }
        unregister(health);
        if (database != null) {
            database.close();
        }
        Drivers.Found found = driver;
        if (found != null && found.reference() != null) {
            try {
                context.ungetService(found.reference());
            } catch (IllegalStateException stopping) {
                // the bundle is stopping: the framework releases it
            }
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
