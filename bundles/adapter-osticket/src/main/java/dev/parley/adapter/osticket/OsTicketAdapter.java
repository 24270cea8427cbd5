package dev.parley.adapter.osticket;

import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
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

import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.TicketService;
import dev.parley.store.schema.SchemaException;
import dev.parley.store.schema.StoreDatabase;

/**
 * The osTicket adapter's lifecycle: checks the configuration and, only when it is complete and
 * valid, registers the {@link TicketService} that opens handoff tickets in osTicket, ranked above
 * the demo helpdesk's so that the assistant's handoffs go to osTicket. Without a base URL it stays
 * inactive and healthy; an invalid configuration is logged once with every problem and reported
 * by the health check, and no ticket service is registered. The service is registered by hand
 * because its ranking comes from the configuration, where a {@code .cfg} file gives text, and the
 * framework ignores a ranking that is not an Integer.
 */
@Component(service = OsTicketAdapter.class, configurationPid = OsTicketAdapter.PID, immediate = true)
@Designate(ocd = OsTicketAdapter.Config.class)
public final class OsTicketAdapter {

    /** The configuration PID. */
    public static final String PID = "dev.parley.adapter.osticket";

    @ObjectClassDefinition(name = "Parley osTicket adapter",
            description = "Opens the assistant's handoff tickets in osTicket through its ticket API"
                    + " (POST {baseUrl}/api/tickets.json with X-API-Key). Inactive while baseUrl is empty.")
    public @interface Config {

        @AttributeDefinition(name = "Base URL", description = "osTicket's root, e.g. https://help.example.com;"
                + " tickets are opened at {baseUrl}/api/tickets.json. Empty: the adapter is inactive.")
        String baseUrl() default "";

        @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, description = "The key of an"
                + " osTicket API key (Admin panel > Manage > API Keys) that may create tickets and is bound to"
                + " this container's IP address. Never logged.")
        String apiKey() default "";

        @AttributeDefinition(name = "Help topics by queue", description = "<queue>=<help topic id> for the"
                + " handoff router's queues, e.g. shipping=7. Every queue must be one of the router's.")
        String[] topics() default {};

        @AttributeDefinition(name = "Default help topic", description = "The help topic id for queues that"
                + " topics does not map. Empty: none is sent, and osTicket uses its default help topic.")
        String defaultTopicId() default "";

        @AttributeDefinition(name = "Priorities", description = "<low|normal|high|urgent>=<osTicket priority id>;"
                + " the defaults are those of a new osTicket installation. A priority left out is not sent.")
        String[] priorities() default {"low=1", "normal=2", "high=3", "urgent=4"};

        @AttributeDefinition(name = "Source", description = "The ticket source osTicket records: API, Web,"
                + " Email, Phone or Other.")
        String source() default "API";

        @AttributeDefinition(name = "Alert staff", description = "Whether osTicket alerts staff of the new ticket.")
        boolean alert() default true;

        @AttributeDefinition(name = "Auto-respond", description = "Whether osTicket sends its auto-response"
                + " (ticket confirmation) to the customer.")
        boolean autorespond() default true;

        @AttributeDefinition(name = "Anonymous name", description = "The requester's name for a customer without"
                + " an e-mail address in the CRM.")
        String anonymousName() default "Chat customer";

        @AttributeDefinition(name = "Anonymous e-mail", description = "The requester's e-mail address for a"
                + " customer without one in the CRM, e.g. a mailbox of the support team. Empty: such handoffs"
                + " open no ticket, and the assistant tells the customer so.")
        String anonymousEmail() default "";

        @AttributeDefinition(name = "Connect timeout (ms)", min = "100", max = "60000",
                description = "How long to wait for osTicket to accept a connection.")
        int connectTimeoutMillis() default 2000;

        @AttributeDefinition(name = "Read timeout (ms)", min = "100", max = "60000",
                description = "How long to wait for osTicket's answer; the customer waits as long.")
        int readTimeoutMillis() default 5000;

        @AttributeDefinition(name = "Service ranking", description = "The ticket service's ranking; the highest"
                + " ranked ticket service takes the handoffs (the demo helpdesk's is 0).")
        int service_ranking() default 100;
    }

    /** What the adapter is doing, for the health check. */
    enum State { NOT_CONFIGURED, INVALID, ACTIVE }

    /** The adapter's state, a sentence for the admin, and the settings while active. */
    record Status(State state, String message, Optional<OsTicketSettings> settings) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OsTicketAdapter.class);

    private final BundleContext context;
    private final StoreDatabase database;
    /** New with each configuration, so a failure under the old one is not reported under the new. */
    private volatile DeliveryMonitor monitor = new DeliveryMonitor();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    private volatile Status status;
    private ServiceRegistration<TicketService> registration;
    private Optional<Set<String>> routerQueues = Optional.empty();
    private Config config;

    @Activate
    public OsTicketAdapter(BundleContext context, @Reference StoreDatabase database) {
        this.context = context;
        this.database = database;
    }

    @Activate
    synchronized void activate(Config config) {
        apply(config);
    }

    /** The handoff router's queues, which the topic mapping is checked against. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            updated = "routerChanged")
    synchronized void bindRouter(ServiceReference<HandoffRouter> router) {
        routerQueues = SettingsReader.queuesOf(router.getProperty("queues"));
    }

    /** The router's configuration changed: its queues are checked again, so a mapping never outlives its queue. */
    synchronized void routerChanged(ServiceReference<HandoffRouter> router) {
        Optional<Set<String>> queues = SettingsReader.queuesOf(router.getProperty("queues"));
        if (!queues.equals(routerQueues)) {
            routerQueues = queues;
            if (config != null) {
                apply(config);
            }
        }
    }

    @Modified
    synchronized void apply(Config config) {
        this.config = config;
        unregister();
        SettingsReader.Result result = SettingsReader.read(config, routerQueues);
        if (!result.configured()) {
            status = new Status(State.NOT_CONFIGURED, "osTicket adapter not configured (inactive): set baseUrl and"
                    + " apiKey in etc/" + PID + ".cfg to open handoff tickets in osTicket", Optional.empty());
            LOG.info(status.message());
            return;
        }
        if (result.settings().isEmpty()) {
            fail("osTicket adapter not started, fix etc/" + PID + ".cfg: " + String.join("; ", result.problems()));
            return;
        }
        OsTicketSettings settings = result.settings().get();
        try {
            database.migrate(TicketLedger.MODULE, OsTicketAdapter.class.getClassLoader(), TicketLedger.SCRIPTS);
        } catch (SchemaException e) {
            fail("osTicket adapter not started: its table in the store's database cannot be created: "
                    + e.getMessage());
            return;
        }
        monitor = new DeliveryMonitor();
        OsTicketTicketService service = new OsTicketTicketService(settings,
                new TicketLedger(database.dataSource()), new OsTicketClient(settings),
                new RequesterLookup(() -> customers, settings.anonymousName(), settings.anonymousEmail()), monitor,
                Clock.systemUTC());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, settings.ranking());
        properties.put(Constants.SERVICE_DESCRIPTION, "osTicket at " + settings.baseUrl());
        registration = context.registerService(TicketService.class, service, properties);
        status = new Status(State.ACTIVE, "osTicket adapter opens handoff tickets at " + settings.ticketsEndpoint(),
                Optional.of(settings));
        LOG.info("osTicket adapter opens handoff tickets at {}: topics {}, default topic {}, priorities {}, ranking {}"
                + "{}", settings.ticketsEndpoint(), settings.topics(), settings.defaultTopicId().isPresent()
                        ? settings.defaultTopicId().getAsInt() : "osTicket's", settings.priorities(),
                settings.ranking(), routerQueues.isPresent() ? "" : "; queues not checked: the handoff router"
                        + " publishes none");
    }

    @Deactivate
    synchronized void deactivate() {
        unregister();
    }

    Status status() {
        return status;
    }

    DeliveryMonitor monitor() {
        return monitor;
    }

    private void fail(String message) {
        status = new Status(State.INVALID, message, Optional.empty());
        LOG.error(message);
    }

    private void unregister() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it
            }
            registration = null;
        }
    }
}
